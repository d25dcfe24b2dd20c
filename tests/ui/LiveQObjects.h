#pragma once

#include <QObject>

#include <mutex>
#include <thread>
#include <unordered_set>

// Qt's table of hooks for debugging tools (GammaRay, Qt Creator): entry 3 is called by
// every QObject constructor, entry 4 by every QObject destructor (qtbase,
// src/corelib/global/qhooks_p.h; a private header, so declared here).
QT_BEGIN_NAMESPACE
extern Q_CORE_EXPORT quintptr qtHookData[];
QT_END_NAMESPACE

namespace prepmark::test {

// The QObjects made on the creating thread while this object exists and not yet
// destroyed, counted by class: finds objects nobody points at any more (a leak), which
// QPointers to known objects cannot. One at a time; count only where no object of the
// thread is half-built or half-destroyed (between statements of a test), after
// delivering deferred deletes.
class LiveQObjects
{
public:
    LiveQObjects()
    {
        std::lock_guard lock(state().mutex);
        Q_ASSERT(!state().active);
        state().active = true;
        state().thread = std::this_thread::get_id();
        state().live.clear();
        m_previousAdd = qtHookData[kAddQObject];
        m_previousRemove = qtHookData[kRemoveQObject];
        qtHookData[kAddQObject] = reinterpret_cast<quintptr>(&added);
        qtHookData[kRemoveQObject] = reinterpret_cast<quintptr>(&removed);
    }
    ~LiveQObjects()
    {
        std::lock_guard lock(state().mutex);
        qtHookData[kAddQObject] = m_previousAdd;
        qtHookData[kRemoveQObject] = m_previousRemove;
        state().active = false;
        state().live.clear();
    }
    LiveQObjects(const LiveQObjects &) = delete;
    LiveQObjects &operator=(const LiveQObjects &) = delete;

    template <class T> int count() const
    {
        std::lock_guard lock(state().mutex);
        int n = 0;
        for (QObject *object : state().live)
            n += qobject_cast<T *>(object) ? 1 : 0;
        return n;
    }

private:
    static constexpr int kAddQObject = 3;
    static constexpr int kRemoveQObject = 4;

    // Static and never destroyed: a worker thread may still be inside a hook while the
    // counter goes away.
    struct State
    {
        std::mutex mutex;
        bool active = false;
        std::thread::id thread;
        std::unordered_set<QObject *> live;
    };
    static State &state()
    {
        static State *s = new State;
        return *s;
    }

    static void added(QObject *object)
    {
        std::lock_guard lock(state().mutex);
        if (state().active && std::this_thread::get_id() == state().thread)
            state().live.insert(object);
    }
    static void removed(QObject *object)
    {
        std::lock_guard lock(state().mutex);
        state().live.erase(object);
    }

    quintptr m_previousAdd = 0;
    quintptr m_previousRemove = 0;
};

} // namespace prepmark::test
