#include "base/JsonTime.h"
#include "base/SafeText.h"

#include <QTest>

using namespace cordon::core;

// What a server or a feed wrote, made safe to show: credentials scrubbed out, and nothing left that could drive
// a terminal. And times that JSON cannot write as ISO 8601 given as null.
class TestSafeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrubbed_data();
    void scrubbed();
    void forTerminal_data();
    void forTerminal();
    void forTerminalLinesKeepsLineFeedsOnly();
    void jsonTime_data();
    void jsonTime();
};

void TestSafeText::scrubbed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("expected");
    const QByteArray token = "00abcDEF-ghi_jkl.mno";
    QTest::newRow("SSWS header") << QStringLiteral("Authorization: SSWS 00abcDEF-ghi_jkl.mno") << QByteArray()
                                 << QStringLiteral("Authorization: SSWS [redacted]");
    QTest::newRow("bearer, any case") << QStringLiteral("got bearer eyJhbGciOi.J9eyJzdWIi.OiIxMjM0") << QByteArray()
                                      << QStringLiteral("got bearer [redacted]");
    QTest::newRow("DPoP scheme and proof") << QStringLiteral("DPoP eyJ0eXAi; DPoP: eyJhbGci.eyJodG0i.sig")
                                           << QByteArray() << QStringLiteral("DPoP [redacted]; DPoP: [redacted]");
    QTest::newRow("API key header") << QStringLiteral("X-Api-Key: 5f2b9c1d7e") << QByteArray()
                                    << QStringLiteral("X-Api-Key: [redacted]");
    QTest::newRow("query parameter") << QStringLiteral("GET /feed?api_key=5f2b9c1d7e&page=2") << QByteArray()
                                     << QStringLiteral("GET /feed?api_key=[redacted]&page=2");
    QTest::newRow("JSON member") << QStringLiteral(R"({"access_token":"abc123def456"})") << QByteArray()
                                 << QStringLiteral(R"({"access_token":"[redacted]"})");
    QTest::newRow("bare token") << QStringLiteral("denied for 00abcDEF-ghi_jkl.mno, sorry") << token
                                << QStringLiteral("denied for [redacted], sorry");
    QTest::newRow("token percent-encoded") << QStringLiteral("next=%2Fx%3Ft%3D00abcDEF-ghi_jkl.mno") << token
                                           << QStringLiteral("next=%2Fx%3Ft%3D[redacted]");
    QTest::newRow("token, other case") << QStringLiteral("ECHO 00ABCDEF-GHI_JKL.MNO") << token
                                       << QStringLiteral("ECHO [redacted]");
    QTest::newRow("JWT cut short") << QStringLiteral("failed for eyJhbGciOiJFUzI1NiJ9.eyJhdWQiOiJodHRw and more")
                                   << QByteArray() << QStringLiteral("failed for [redacted] and more");
    QTest::newRow("client assertion field") << QStringLiteral("client_assertion=abc.def&x=1") << QByteArray()
                                            << QStringLiteral("client_assertion=[redacted]&x=1");
    QTest::newRow("not a JWT") << QStringLiteral("eyJ alone, eyJshort.x") << QByteArray()
                               << QStringLiteral("eyJ alone, eyJshort.x");
    QTest::newRow("nothing to take") << QStringLiteral("Not found: Resource not found: 00u1 (User)") << token
                                     << QStringLiteral("Not found: Resource not found: 00u1 (User)");
}

void TestSafeText::scrubbed()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, secret);
    QFETCH(QString, expected);
    QCOMPARE(safetext::scrubbed(text, secret.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{secret}), expected);
}

void TestSafeText::forTerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Mimikatz on LT-JOREN-01 (AD\\joren) é ✓")
                           << QStringLiteral("Mimikatz on LT-JOREN-01 (AD\\joren) é ✓");
    QTest::newRow("forged line") << QStringLiteral("title\ncritical  new  HOST  evil  forged")
                                 << QStringLiteral("title\\ncritical  new  HOST  evil  forged");
    QTest::newRow("carriage return") << QStringLiteral("ok\rhidden") << QStringLiteral("ok\\rhidden");
    QTest::newRow("escape sequences") << QStringLiteral("\x1b]0;pwned\x07\x1b[2J")
                                      << QStringLiteral("\\e]0;pwned\\x07\\e[2J");
    QTest::newRow("tab, NUL, DEL") << QString::fromUtf8("a\tb\0c\x7f", 6) << QStringLiteral("a\\tb\\x00c\\x7f");
    QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9B) + QStringLiteral("31m") << QStringLiteral("a\\x9b31m");
    QTest::newRow("bidi override") << QStringLiteral("invoice") + QChar(0x202E) + QStringLiteral("fdp.exe")
                                   << QStringLiteral("invoice\\u{202e}fdp.exe");
    QTest::newRow("bidi isolates") << QChar(0x2066) + QStringLiteral("x") + QChar(0x2069)
                                   << QStringLiteral("\\u{2066}x\\u{2069}");
    QTest::newRow("zero width, BOM, line separator")
        << QChar(0x200B) + QStringLiteral("a") + QChar(0xFEFF) + QChar(0x2028)
        << QStringLiteral("\\u{200b}a\\u{feff}\\u{2028}");
    QTest::newRow("tag character") << QStringLiteral("a") + QString::fromUcs4(U"\U000E0041")
                                   << QStringLiteral("a\\u{e0041}");
}

void TestSafeText::forTerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(safetext::forTerminal(text), expected);
}

void TestSafeText::forTerminalLinesKeepsLineFeedsOnly()
{
    QCOMPARE(safetext::forTerminalLines(QStringLiteral("one\ntwo\r\n\x1b[1mthree")),
             QStringLiteral("one\ntwo\\r\n\\e[1mthree"));
}

void TestSafeText::jsonTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("ordinary") << QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8), Qt::UTC)
                              << QJsonValue(QStringLiteral("2026-03-04T05:06:07.008Z"));
    QTest::newRow("none") << QDateTime() << QJsonValue(QJsonValue::Null);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC)
                               << QJsonValue(QStringLiteral("9999-12-31T23:59:59.000Z"));
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC) << QJsonValue(QJsonValue::Null);
    QTest::newRow("far future") << QDateTime::fromMSecsSinceEpoch(Q_INT64_C(8000000000000000), Qt::UTC)
                                << QJsonValue(QJsonValue::Null);
    QTest::newRow("before year 0") << QDateTime(QDate(-5, 1, 1), QTime(0, 0), Qt::UTC) << QJsonValue(QJsonValue::Null);
}

void TestSafeText::jsonTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QJsonValue, expected);
    QCOMPARE(cordon::core::jsonTime(time), expected);
}

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
