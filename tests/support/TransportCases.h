#pragma once

#include <QList>
#include <QString>
#include <QTest>

namespace cordon::test
{

// Addresses held to the transport rule ("https, or plain http to a loopback address where allowed"), as an
// attacker would probe it, with what every client must decide. "%1" stands for the port of a loopback server
// the test runs; the other addresses are never reached.
struct TransportCase
{
    const char* name;
    QString url;
    bool allowed;             // without --allow-http-loopback
    bool allowedWithLoopback; // with it
    bool servedByTestServer;  // allowed with loopback, over http, to the test's server on 127.0.0.1
};

inline QList<TransportCase> transportCases()
{
    return {
        {"https", QStringLiteral("https://feeds.example.invalid/feed"), true, true, false},
        {"https, scheme in capitals", QStringLiteral("HTTPS://feeds.example.invalid/feed"), true, true, false},
        {"https to loopback", QStringLiteral("https://127.0.0.1:%1/feed"), true, true, false},
        {"http to loopback", QStringLiteral("http://127.0.0.1:%1/feed"), false, true, true},
        {"http to loopback, scheme in capitals", QStringLiteral("HTTP://127.0.0.1:%1/feed"), false, true, true},
        {"http to loopback in hex", QStringLiteral("http://0x7f.1:%1/feed"), false, true, true},
        {"http to loopback as one number", QStringLiteral("http://2130706433:%1/feed"), false, true, true},
        {"http to another loopback address", QStringLiteral("http://127.0.0.2:%1/feed"), false, true, false},
        {"http to ipv6 loopback", QStringLiteral("http://[::1]:%1/feed"), false, true, false},
        {"http to ipv4-mapped loopback", QStringLiteral("http://[::ffff:127.0.0.1]:%1/feed"), false, true, false},
        // A name, looked up like any other: the answer may lead off this computer.
        {"http to localhost", QStringLiteral("http://localhost:%1/feed"), false, false, false},
        {"http to localhost in capitals", QStringLiteral("http://LOCALHOST:%1/feed"), false, false, false},
        {"http to a name under localhost", QStringLiteral("http://localhost.evil.example/feed"), false, false, false},
        {"http to a name that resolves to loopback", QStringLiteral("http://127.0.0.1.nip.io/feed"), false, false,
         false},
        {"http to loopback with a trailing dot", QStringLiteral("http://127.0.0.1.:%1/feed"), false, false, false},
        {"http, loopback as user name", QStringLiteral("http://127.0.0.1@evil.example/feed"), false, false, false},
        {"http, loopback in the fragment", QStringLiteral("http://evil.example#@127.0.0.1/feed"), false, false, false},
        {"http to any address", QStringLiteral("http://0.0.0.0:%1/feed"), false, false, false},
        {"http elsewhere", QStringLiteral("http://feeds.example.invalid/feed"), false, false, false},
        {"https without a host", QStringLiteral("https:///feed"), false, false, false},
        {"https with only a path", QStringLiteral("https:feed"), false, false, false},
        {"http without a host", QStringLiteral("http:127.0.0.1/feed"), false, false, false},
    };
}

enum class TransportRows
{
    All,
    // The refused addresses and the allowed ones that lead to the test's server: none is asked for real.
    RefusedOrServed,
};

// Data rows for QTest, one per case and setting of allowHttpLoopback: url (with "%1" for the port), allowLoopback,
// allowed and served.
inline void addTransportRows(TransportRows which)
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("served");
    for (const TransportCase& row : transportCases()) {
        for (const bool allowLoopback : {false, true}) {
            const bool allowed = allowLoopback ? row.allowedWithLoopback : row.allowed;
            const bool served = allowLoopback && row.servedByTestServer;
            if (which == TransportRows::RefusedOrServed && allowed && !served) {
                continue;
            }
            QTest::addRow("%s, %s", row.name, allowLoopback ? "loopback allowed" : "https only")
                << row.url << allowLoopback << allowed << served;
        }
    }
}

} // namespace cordon::test
