#include "core/CsvReader.h"

#include <QTest>

using namespace prepmark;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatSpreadsheetsAndPlatformsWrite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<bool>("bom");
        const QStringList header {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("plain, LF") << QByteArray("a,b\n1,2\n") << header << QList<QStringList> {{"1", "2"}} << false;
        QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2") << header << QList<QStringList> {{"1", "2"}} << false;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xef\xbb\xbf"
                                                      "a,b\nZo\xc3\xab,\xc3\x93 Briain\n")
                                        << header
                                        << QList<QStringList> {{QStringLiteral("Zoë"), QStringLiteral("Ó Briain")}}
                                        << true;
        QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xff\xfe"
                                                          "a\0,\0b\0\n\0\xeb\0,\0x\0",
            16) << header << QList<QStringList> {{QStringLiteral("ë"), QStringLiteral("x")}}
                                            << true;
        QTest::newRow("quoted comma, quote and line break")
            << QByteArray("a,b\n\"Silva, Jr.\",\"say \"\"hi\"\"\nthere\"\n") << header
            << QList<QStringList> {{QStringLiteral("Silva, Jr."), QStringLiteral("say \"hi\"\nthere")}} << false;
        QTest::newRow("semicolons (a European spreadsheet)")
            << QByteArray("a;b\n1,5;2\n") << header << QList<QStringList> {{"1,5", "2"}} << false;
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n") << header << QList<QStringList> {{"1", "2"}} << false;
        QTest::newRow("blank lines skipped, empty fields kept")
            << QByteArray("a,b\n\n,2\n\n") << header << QList<QStringList> {{"", "2"}} << false;
    }

    void readsWhatSpreadsheetsAndPlatformsWrite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, records);
        QFETCH(bool, bom);
        const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("test.csv"));
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->header, header);
        QCOMPARE(table->hadByteOrderMark, bom);
        QCOMPARE(table->records.size(), records.size());
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(table->records[i].fields, records[i]);
    }

    void recordsKnowTheLineTheyStartOn()
    {
        const Result<CsvTable> table
            = CsvReader::parse("a,b\n\"two\nlines\",x\n\nlast,y\n", QStringLiteral("lines.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records[0].line, 2);
        QCOMPARE(table->records[1].line, 5);
    }

    void badInputNamesFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("Windows-1252 é on line 3") << QByteArray("name,email\nAmara,a@x.org\nRen\xe9 Dubois,r@x.org\n")
                                                  << QStringLiteral("bad.csv:3:4: byte 0xE9 is not valid UTF-8");
        QTest::newRow("truncated UTF-8 sequence")
            << QByteArray("name\nZo\xc3") << QStringLiteral("bad.csv:2:3: byte 0xC3");
        QTest::newRow("overlong encoding") << QByteArray("name\n\xc0\xaf") << QStringLiteral("bad.csv:2:1: byte 0xC0");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n")
                                        << QStringLiteral("bad.csv:2:3: a quoted field is not closed");
        QTest::newRow("quote inside an unquoted field")
            << QByteArray("a,b\nO\"Brien,2\n") << QStringLiteral("bad.csv:2:2: a quote inside a field");
        QTest::newRow("text after a closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("bad.csv:2:4: text after the closing quote");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("bad.csv: the file is empty");
    }

    void badInputNamesFileLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("bad.csv"));
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().startsWith(message), qPrintable(table.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
