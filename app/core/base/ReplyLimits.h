#pragma once

#include <QByteArray>
#include <QtGlobal>

class QNetworkReply;
class QNetworkRequest;

namespace cordon::core
{

// Bounds on one HTTP answer that is held whole until it finishes. A reply past a bound is aborted at once;
// it then finishes with an OperationCanceledError, and isTooLarge() or isTooSlow() says which bound it passed.

// Keeps request to HTTP/1.1, where limitResponseSize also bounds how far Qt's network thread reads ahead of
// this one, from the first byte on. Without it the answer may come over HTTP/2, which gets the checks alone.
void keepToHttp1(QNetworkRequest& request);

// Reads reply's answer as it arrives and cuts it off as soon as it is known to be larger than maxBytes:
// from its Content-Length, or from the bytes read so far. Call it right after sending the request and before
// connecting to reply's finished signal; takeBody() then hands the answer over once it finishes. Nothing
// else reads from reply.
void limitResponseSize(QNetworkReply* reply, qint64 maxBytes);
bool isTooLarge(const QNetworkReply* reply);
QByteArray takeBody(QNetworkReply* reply);

// Cuts reply off when it is still running after maxMs. Qt's transfer timeout restarts with every byte, so a
// server that sends one now and then would keep it open for ever without this.
void limitTransferTime(QNetworkReply* reply, qint64 maxMs);
bool isTooSlow(const QNetworkReply* reply);

} // namespace cordon::core
