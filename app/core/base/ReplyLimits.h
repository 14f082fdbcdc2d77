#pragma once

#include <QByteArray>
#include <QtGlobal>

class QNetworkReply;

namespace cordon::core
{

// Bounds on one HTTP answer that is held whole until it finishes. A reply past a bound is aborted at once;
// it then finishes with an OperationCanceledError, and isTooLarge() or isTooSlow() says which bound it passed.

// Reads reply's answer as it arrives and cuts it off as soon as it is known to be larger than maxBytes:
// from its Content-Length, or from the bytes read so far. Call it before connecting to reply's finished
// signal; takeBody() then hands the answer over once it finishes. Nothing else reads from reply.
void limitResponseSize(QNetworkReply* reply, qint64 maxBytes);
bool isTooLarge(const QNetworkReply* reply);
QByteArray takeBody(QNetworkReply* reply);

// Cuts reply off when it is still running after maxMs. Qt's transfer timeout restarts with every byte, so a
// server that sends one now and then would keep it open for ever without this.
void limitTransferTime(QNetworkReply* reply, qint64 maxMs);
bool isTooSlow(const QNetworkReply* reply);

} // namespace cordon::core
