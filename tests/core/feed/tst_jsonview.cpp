#include "feed/JsonView.h"
#include "feed/OcsfMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace cordon::core;

namespace
{

const QString examplesDir = QStringLiteral(CORDON_TEST_DATA_DIR "/feeds/");

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// Texts of every kind the pool tells apart: plain ASCII, Latin-1 beyond ASCII, and beyond Latin-1.
QString poolText(int index)
{
    switch (index % 3) {
    case 0:
        return QStringLiteral("LT-%1").arg(index);
    case 1:
        return QStringLiteral("h\u00f4te-%1").arg(index);
    default:
        return QStringLiteral("\u4e3b\u673a-%1").arg(index);
    }
}

int derivations = 0;

QString upper(const QString& text)
{
    ++derivations;
    return text.toUpper();
}

QString reversed(const QString& text)
{
    ++derivations;
    QString result = text;
    std::reverse(result.begin(), result.end());
    return result;
}

} // namespace

// The view is a faster reader of a feed's records: what it takes, it must read exactly as QJsonDocument
// does; what it declines goes to QJsonDocument, so declining is always safe and accepting never may be wrong.
class TestJsonView : public QObject
{
    Q_OBJECT

private slots:
    void takesWhatQtReadsAlike_data();
    void takesWhatQtReadsAlike();
    void declinesWhatItIsNotSureOf_data();
    void declinesWhatItIsNotSureOf();
    void stringsReadAlikeWhereverTheirBytesFall();
    void lastOfTwoEqualKeysWins();
    void numbersReadAsQJsonValue_data();
    void numbersReadAsQJsonValue();
    void missingAndMistypedValues();
    void treeIsReusable();
    void plainStringsArePooledWithoutACopy();
    void poolHoldsEachTextOnceAsItGrows();
    void poolDerivesOncePerText();
    void ocsfMapsAlikeThroughBoth();
};

void TestJsonView::takesWhatQtReadsAlike_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("spaces around") << QByteArray(" \t\r\n{ \"a\" : 1 , \"b\" : [ ] }\n ");
    QTest::newRow("literals") << QByteArray(R"({"t":true,"f":false,"n":null})");
    QTest::newRow("numbers") << QByteArray(R"([0,-0,7,-12,1.5,-0.25,123456789012345,1234567890123456789,0.1])");
    QTest::newRow("huge whole number") << QByteArray("[123456789012345678901234567890]");
    // Qt keeps these as integers, since their doubles are whole; a value built from a double would not be one.
    QTest::newRow("fractions whose doubles are whole")
        << QByteArray("[5.0,-0.0,56789012345678222.22226229,9007199254740993.5,-12345678901234567.0,"
                      "9223372036854775807.0,-9223372036854775809.5,18446744073709551616.5]");
    QTest::newRow("escapes") << QByteArray(R"({"s":"q\" b\\ s\/ \b\f\n\r\t"})");
    QTest::newRow("unicode escapes") << QByteArray(R"({"s":"\u00e9\u4e2d\u0000x\ud83d\ude00"})");
    QTest::newRow("utf-8") << QByteArray("{\"s\":\"J\xc3\xb6rg \xe4\xb8\xad \xf0\x9f\x99\x82 \xef\xbf\xbf\"}");
    QTest::newRow("utf-8 and escapes") << QByteArray("{\"s\":\"\xc3\xa9\\n\xc3\xa9\\u00e9\"}");
    QTest::newRow("domain user") << QByteArray(R"({"user":{"name":"AD_DOMAIN\\joren"}})");
    QTest::newRow("nesting") << QByteArray(R"({"a":{"b":{"c":[1,{"d":[[],{}]}]}}})");
    QTest::newRow("deep") << nested(100);
    QTest::newRow("long plain string") << "{\"s\":\"" + QByteArray(5000, 'x') + "\"}";
    QTest::newRow("delete character") << QByteArray("{\"s\":\"\x7f\"}");
}

void TestJsonView::takesWhatQtReadsAlike()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    JsonTree tree;
    QVERIFY(tree.parse(json.constData(), json.size()));
    const QJsonValue expected = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QCOMPARE(tree.root().toJsonValue(), expected);
}

// Strings are scanned sixteen bytes at a time: a quote, escape, control character or multi-byte character at
// any place in a block, or just past it, is read as Qt reads it, or declined where Qt refuses it too.
void TestJsonView::stringsReadAlikeWhereverTheirBytesFall()
{
    struct Special
    {
        QByteArray bytes;
        bool taken; // read by the tree, not left to Qt
    };
    const QList<Special> specials = {
        {"", true},        {"\\n", true},      {"\\\"", true},
        {"\\u00e9", true}, {"\xc3\xa9", true}, {"\xf0\x9f\x99\x82", true},
        {"\x7f", true},    {"\x01", false},    {"\t", false},
        {"\xff", false},   {"\xc3", false},
    };
    JsonTree tree;
    for (const Special& special : specials) {
        for (int before = 0; before <= 40; ++before) {
            for (int after : {0, 1, 15, 16, 17}) {
                const QByteArray text = QByteArray(before, 'a') + special.bytes + QByteArray(after, 'b');
                const QByteArray json = "{\"k\":\"" + text + "\",\"n\":1}";
                const QByteArray name = json.toPercentEncoding();
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(json, &error);
                const bool taken = tree.parse(json.constData(), json.size());
                QVERIFY2(taken == special.taken, name.constData());
                if (taken) {
                    QCOMPARE(error.error, QJsonParseError::NoError);
                    QCOMPARE(tree.root().toJsonValue(), QJsonValue(document.object()));
                }
                // In a key, anything but plain ASCII is left to Qt.
                const QByteArray asKey = "{\"" + text + "\":1}";
                const bool plainKey = special.bytes.isEmpty() || special.bytes == "\x7f";
                QVERIFY2(tree.parse(asKey.constData(), asKey.size()) == plainKey,
                         asKey.toPercentEncoding().constData());
            }
        }
    }
}

void TestJsonView::declinesWhatItIsNotSureOf_data()
{
    QTest::addColumn<QByteArray>("json");
    // Malformed, which Qt refuses too.
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces only") << QByteArray("  \n");
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"x)");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("trailing comma in array") << QByteArray("[1,]");
    QTest::newRow("garbage after") << QByteArray(R"({"a":1} x)");
    QTest::newRow("two documents") << QByteArray("{}{}");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare minus") << QByteArray("[-]");
    QTest::newRow("bad literal") << QByteArray("[tru]");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("overlong utf-8") << QByteArray("[\"\xc0\x80\"]");
    QTest::newRow("utf-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
    QTest::newRow("cut utf-8") << QByteArray("[\"\xe4\xb8\"]");
    QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("a string as the document") << QByteArray(R"("text")");
    QTest::newRow("a number as the document") << QByteArray("1");
    // Read by Qt, but left to it.
    QTest::newRow("control character") << QByteArray("[\"a\x01z\"]");
    QTest::newRow("raw newline in a string") << QByteArray("[\"a\nz\"]");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00x"])");
    QTest::newRow("exponent") << QByteArray("[1e5]");
    QTest::newRow("fraction without digits") << QByteArray("[1.]");
    QTest::newRow("escaped key") << QByteArray(R"({"\u0061":1})");
    QTest::newRow("non-ASCII key") << QByteArray("{\"\xc3\xa9\":1}");
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("too deep") << nested(200);
    QTest::newRow("very long number") << "[" + QByteArray(80, '1') + "]";
}

void TestJsonView::declinesWhatItIsNotSureOf()
{
    QFETCH(QByteArray, json);
    JsonTree tree;
    QVERIFY(!tree.parse(json.constData(), json.size()));
    QVERIFY(tree.root().isUndefined());
}

void TestJsonView::lastOfTwoEqualKeysWins()
{
    const QByteArray json = R"({"a":1,"b":{"c":2},"a":"two"})";
    JsonTree tree;
    QVERIFY(tree.parse(json.constData(), json.size()));
    const JsonObjectView object = tree.root().toObject();
    QCOMPARE(object.value(QLatin1String("a")).toString(), QStringLiteral("two"));
    QCOMPARE(object.keys(), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(object.value(QLatin1String("a")).toString(),
             QJsonDocument::fromJson(json).object().value(QLatin1String("a")).toString());
}

void TestJsonView::numbersReadAsQJsonValue_data()
{
    QTest::addColumn<QByteArray>("number");
    for (const char* number :
         {"0", "-0", "3", "-3", "3.0", "3.5", "2147483647", "2147483648", "-2147483648", "-2147483649", "3000000000",
          "1795000002000", "9007199254740993", "12345678901234567890", "0.30000000000000004", "-1.25",
          "1000000000000000000000000", "-99999999999999999999999999999.5", "56789012345678222.22226229"}) {
        QTest::newRow(number) << QByteArray(number);
    }
}

void TestJsonView::numbersReadAsQJsonValue()
{
    QFETCH(QByteArray, number);
    const QByteArray json = "{\"n\":" + number + "}";
    const QJsonValue expected = QJsonDocument::fromJson(json).object().value(QLatin1String("n"));
    QVERIFY(expected.isDouble());
    JsonTree tree;
    QVERIFY(tree.parse(json.constData(), json.size()));
    const JsonView view = tree.root().toObject().value(QLatin1String("n"));
    QVERIFY(view.isDouble());
    QCOMPARE(view.toDouble(), expected.toDouble());
    QCOMPARE(view.toInt(-7), expected.toInt(-7));
    QCOMPARE(feedvalues::text(view), feedvalues::text(expected));
    QCOMPARE(feedvalues::time(view), feedvalues::time(expected));
}

void TestJsonView::missingAndMistypedValues()
{
    const QByteArray json = R"({"s":"1795000002000","o":{"k":1},"a":[1,"x"],"n":null,"t":true})";
    JsonTree tree;
    QVERIFY(tree.parse(json.constData(), json.size()));
    const JsonObjectView object = tree.root().toObject();
    const QJsonObject qt = QJsonDocument::fromJson(json).object();
    for (const char* key : {"s", "o", "a", "n", "t", "missing"}) {
        const JsonView view = object.value(QLatin1String(key));
        const QJsonValue value = qt.value(QLatin1String(key));
        QCOMPARE(view.isUndefined(), value.isUndefined());
        QCOMPARE(view.isNull(), value.isNull());
        QCOMPARE(view.isString(), value.isString());
        QCOMPARE(view.isObject(), value.isObject());
        QCOMPARE(view.isArray(), value.isArray());
        QCOMPARE(view.isBool(), value.isBool());
        QCOMPARE(view.toString(), value.toString());
        QCOMPARE(view.toInt(-1), value.toInt(-1));
        QCOMPARE(view.toObject().isEmpty(), value.toObject().isEmpty());
        QCOMPARE(view.toArray().isEmpty(), value.toArray().isEmpty());
        QCOMPARE(feedvalues::text(view), feedvalues::text(value));
        QCOMPARE(feedvalues::time(view), feedvalues::time(value));
    }
    QVERIFY(object.contains(QLatin1String("o")));
    QVERIFY(!object.contains(QLatin1String("missing")));
    QVERIFY(object.value(QLatin1String("missing")).toObject().value(QLatin1String("k")).isUndefined());
    QCOMPARE(object.value(QLatin1String("o")).toObject().value(QLatin1String("k")).toInt(), 1);
}

void TestJsonView::treeIsReusable()
{
    JsonTree tree;
    const QByteArray first = R"({"a":{"b":[1,2,3]}})";
    const QByteArray bad = R"({"a":)";
    const QByteArray second = R"({"z":"last"})";
    QVERIFY(tree.parse(first.constData(), first.size()));
    QVERIFY(!tree.parse(bad.constData(), bad.size()));
    QVERIFY(tree.parse(second.constData(), second.size()));
    QCOMPARE(tree.root().toJsonValue(), QJsonValue(QJsonDocument::fromJson(second).object()));
}

void TestJsonView::plainStringsArePooledWithoutACopy()
{
    const QByteArray json = R"({"plain":"Sentrybird Labs","empty":"","escaped":"a\nb","accent":"\u00e9t\u00e9","n":5})";
    JsonTree tree;
    QVERIFY(tree.parse(json.constData(), json.size()));
    const JsonObjectView object = tree.root().toObject();
    QCOMPARE(object.value(QLatin1String("plain")).plainText(), QLatin1String("Sentrybird Labs"));
    QVERIFY(!object.value(QLatin1String("empty")).plainText().isNull());
    QVERIFY(object.value(QLatin1String("empty")).plainText().isEmpty());
    for (const char* key : {"escaped", "accent", "n", "missing"}) {
        QVERIFY2(object.value(QLatin1String(key)).plainText().isNull(), key);
    }

    // The Latin-1 and the QString look-up hand out one shared string, whichever comes first.
    feedvalues::StringPool pool;
    const QString first = pool.intern(object.value(QLatin1String("plain")).plainText());
    const QString second = pool.intern(QStringLiteral("Sentrybird Labs"));
    const QString third = pool.intern(QLatin1String("Sentrybird Labs"));
    QCOMPARE(first, QStringLiteral("Sentrybird Labs"));
    QCOMPARE(second.constData(), first.constData());
    QCOMPARE(third.constData(), first.constData());
    const QString other = pool.intern(QStringLiteral("Other"));
    QCOMPARE(pool.intern(QLatin1String("Other")).constData(), other.constData());
    QVERIFY(pool.intern(QLatin1String("")).isEmpty());
}

// Thousands of texts, so that the table grows many times: each is held once, and found again however it
// comes (a QString with other storage, or Latin-1 bytes where it has them).
void TestJsonView::poolHoldsEachTextOnceAsItGrows()
{
    constexpr int Count = 6000;
    feedvalues::StringPool pool;
    QList<QString> first;
    for (int i = 0; i < Count; ++i) {
        const QString text = poolText(i);
        first.append(pool.intern(text));
        QCOMPARE(first.last(), text);
        QCOMPARE(first.last().constData(), text.constData()); // the first copy is the one kept
    }
    for (int i = 0; i < Count; ++i) {
        const QString text = poolText(i);
        QVERIFY(text.constData() != first[i].constData());
        QCOMPARE(pool.intern(text).constData(), first[i].constData());
        if (i % 3 != 2) {
            const QByteArray latin1 = text.toLatin1();
            QCOMPARE(pool.intern(QLatin1String(latin1)).constData(), first[i].constData());
        }
    }
    // A Latin-1 text first, then the same as a QString.
    const QByteArray bytes("caf\xe9 cr\xe8me");
    const QString pooled = pool.intern(QLatin1String(bytes));
    QCOMPARE(pooled, QString::fromUtf8("caf\u00e9 cr\u00e8me"));
    QCOMPARE(pool.intern(QString::fromUtf8("caf\u00e9 cr\u00e8me")).constData(), pooled.constData());
    QVERIFY(pool.intern(QString()).isNull());
    QVERIFY(pool.intern(QLatin1String("")).isEmpty());
}

// The derived value is worked out once per text and function, pooled like any other, and never mistaken
// for another function's.
void TestJsonView::poolDerivesOncePerText()
{
    feedvalues::StringPool pool;
    derivations = 0;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 500; ++i) {
            const QString text = poolText(i);
            const auto [pooled, derived] = pool.internWith(text, upper);
            QCOMPARE(pooled, text);
            QCOMPARE(derived, text.toUpper());
            QCOMPARE(pool.intern(text.toUpper()).constData(), derived.constData());
            if (i % 3 == 0) {
                const QByteArray latin1 = text.toLatin1();
                QCOMPARE(pool.internWith(QLatin1String(latin1), upper).second.constData(), derived.constData());
            }
        }
    }
    QCOMPARE(derivations, 500);

    const auto [text, backwards] = pool.internWith(QStringLiteral("LT-7"), reversed);
    QCOMPARE(backwards, QStringLiteral("7-TL"));
    QCOMPARE(pool.internWith(QStringLiteral("LT-7"), upper).second, QStringLiteral("LT-7"));
    QCOMPARE(pool.internWith(QStringLiteral("LT-7"), reversed).second, QStringLiteral("7-TL"));
    QCOMPARE(derivations, 503);

    const auto [empty, derivedFromEmpty] = pool.internWith(QString(), reversed);
    QVERIFY(empty.isEmpty());
    QVERIFY(derivedFromEmpty.isEmpty());
}

// Every OCSF finding of the examples, and variants of one, give the same incident through the view as
// through QJsonObject.
void TestJsonView::ocsfMapsAlikeThroughBoth()
{
    QFile file(examplesDir + QStringLiteral("ocsf-detection-findings.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray examples = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!examples.isEmpty());
    QList<QByteArray> records;
    for (const QJsonValue& example : examples) {
        records.append(QJsonDocument(example.toObject()).toJson(QJsonDocument::Compact));
    }
    records.append(R"({"class_uid":2004,"finding_info":{"uid":"u1","title":"T\u00eftle","created_time_dt":)"
                   R"("2026-11-29T10:00:00.123Z"},"time":"1795000002000","severity":"High","status_id":4,)"
                   R"("device":{"name":"LT-1.ad.example.com","os":{"name":"macOS"}},)"
                   R"("evidences":[{"user":{"name":"svc","type_id":4}},{"user":{"name":"ilse@example.com"}}]})");
    records.append(R"({"class_uid":2001,"finding":{"uid":7},"state_id":3,"verdict_id":5,)"
                   R"("device":{"owner":{"uid":"S-1-5-21-1-2-3-1001","email_addr":"o@example.com"}}})");
    records.append(R"({"class_uid":2004,"finding_info":{}})");
    records.append(R"({"class_uid":"3001"})");

    FeedContext context;
    context.serviceAccountPatterns = {QStringLiteral("^svc")};
    feedvalues::StringPool pool;
    const OcsfMapper mapper(context, pool);
    JsonTree tree;
    for (const QByteArray& record : records) {
        QVERIFY2(tree.parse(record.constData(), record.size()), record.constData());
        QString viewError;
        QString objectError;
        const std::optional<Incident> fromView = mapper.map(tree.root().toObject(), &viewError);
        const std::optional<Incident> fromObject = mapper.map(QJsonDocument::fromJson(record).object(), &objectError);
        QCOMPARE(fromView.has_value(), fromObject.has_value());
        QCOMPARE(viewError, objectError);
        if (fromView) {
            QCOMPARE(fromView->toJson(), fromObject->toJson());
            QVERIFY(*fromView == *fromObject);
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonView)
#include "tst_jsonview.moc"
