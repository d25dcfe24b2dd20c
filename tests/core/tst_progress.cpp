#include "core/ProgressRange.h"
#include "core/ProgressReporter.h"

#include <QMutex>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace prepmark;

namespace {

// Records every call, from any thread; cancelled when told.
class RecordingProgress : public ProgressReporter
{
public:
    void setProgress(int percent) override
    {
        const QMutexLocker lock(&m_mutex);
        m_percents << percent;
    }
    void setMessage(const QString &message) override
    {
        const QMutexLocker lock(&m_mutex);
        m_messages << message;
    }
    bool wasCancelled() const override { return m_cancelled.load(); }

    void cancel() { m_cancelled.store(true); }
    QList<int> percents() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_percents;
    }
    QStringList messages() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_messages;
    }

private:
    mutable QMutex m_mutex;
    QList<int> m_percents;
    QStringList m_messages;
    std::atomic<bool> m_cancelled {false};
};

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    // First, so that the threads also race on none()'s first use.
    void noneAcceptsCallsFromSeveralThreads()
    {
        constexpr int kThreads = 8;
        constexpr int kCalls = 20000;
        std::atomic<int> ready {0};
        std::atomic<int> cancelledSeen {0};
        std::vector<ProgressReporter *> instances(kThreads, nullptr);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                ++ready;
                while (ready.load() < kThreads) { }
                ProgressReporter &none = ProgressReporter::none();
                instances[std::size_t(t)] = &none;
                for (int i = 0; i < kCalls; ++i) {
                    none.setProgress(i % 101);
                    none.setMessage(QStringLiteral("thread %1").arg(t));
                    if (none.wasCancelled())
                        ++cancelledSeen;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(cancelledSeen.load(), 0);
        for (ProgressReporter *instance : instances)
            QCOMPARE(instance, &ProgressReporter::none());
    }

    void noneIsNeverCancelled()
    {
        ProgressReporter &none = ProgressReporter::none();
        QVERIFY(!none.wasCancelled());
        none.setProgress(0);
        none.setProgress(100);
        none.setMessage(QStringLiteral("anything"));
        QVERIFY(!none.wasCancelled());
        QCOMPARE(&ProgressReporter::none(), &none);
    }

    void rangeMapsChildOntoParent_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("child");
        QTest::addColumn<int>("parent");
        // parent = from + (to - from) * child / 100, rounded towards zero, by hand
        QTest::newRow("0..50 at 0") << 0 << 50 << 0 << 0;
        QTest::newRow("0..50 at 33: 16.5") << 0 << 50 << 33 << 16;
        QTest::newRow("0..50 at 50") << 0 << 50 << 50 << 25;
        QTest::newRow("0..50 at 100") << 0 << 50 << 100 << 50;
        QTest::newRow("50..98 at 0") << 50 << 98 << 0 << 50;
        QTest::newRow("50..98 at 25: 50 + 12") << 50 << 98 << 25 << 62;
        QTest::newRow("50..98 at 100") << 50 << 98 << 100 << 98;
        QTest::newRow("60..90 at 10: 60 + 3") << 60 << 90 << 10 << 63;
        QTest::newRow("95..100 at 50: 95 + 2.5") << 95 << 100 << 50 << 97;
        QTest::newRow("95..100 at 99: 95 + 4.95") << 95 << 100 << 99 << 99;
        QTest::newRow("below 0 is 0") << 0 << 50 << -10 << 0;
        QTest::newRow("above 100 is 100") << 20 << 40 << 150 << 40;
        QTest::newRow("whole range") << 0 << 100 << 42 << 42;
    }

    void rangeMapsChildOntoParent()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, child);
        QFETCH(int, parent);
        RecordingProgress target;
        ProgressRange range(target, from, to);
        range.setProgress(child);
        QCOMPARE(target.percents(), QList<int> {parent});
    }

    void rangesNest()
    {
        RecordingProgress target;
        ProgressRange outer(target, 0, 60);
        ProgressRange inner(outer, 50, 100);
        inner.setProgress(0); // outer 50, target 30
        inner.setProgress(50); // outer 75, target 45
        inner.setProgress(100); // outer 100, target 60
        QCOMPARE(target.percents(), (QList<int> {30, 45, 60}));
    }

    void rangeForwardsMessagesAndCancellation()
    {
        RecordingProgress target;
        ProgressRange range(target, 10, 20);
        range.setMessage(QStringLiteral("analysing 3 files"));
        range.setMessage(QStringLiteral("comparing 1 related pair"));
        QCOMPARE(target.messages(),
            (QStringList {QStringLiteral("analysing 3 files"), QStringLiteral("comparing 1 related pair")}));
        QVERIFY(!range.wasCancelled());
        target.cancel();
        QVERIFY(range.wasCancelled());
    }

    void rangeOverNoneIsNeverCancelled()
    {
        ProgressRange range(ProgressReporter::none(), 0, 50);
        range.setProgress(100);
        QVERIFY(!range.wasCancelled());
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
