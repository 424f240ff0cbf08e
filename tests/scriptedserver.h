#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <optional>

// A loopback HTTP/1.1 server whose answers a test writes: for each request (method, path with
// query, body) the handler gives a status and a JSON body, or nothing to leave the request
// unanswered forever (a service that accepts and never replies), or an answer cut short. No
// signature is checked.
class ScriptedServer final : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        // Close the connection halfway through the answer: the client saw the service answer,
        // but not what it said (Qt resends a request whose connection closes before any answer).
        bool cutShort = false;
    };
    using Handler = std::function<std::optional<Answer>(const QByteArray &method,
                                                        const QByteArray &path, const QByteArray &body)>;

    explicit ScriptedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl endpoint() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(requestLine.value(0) + ' ' + requestLine.value(1));
        const std::optional<Answer> answer = m_handler(requestLine.value(0), requestLine.value(1), body);
        if (!answer)
            return;
        if (answer->cutShort) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Us");
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write("HTTP/1.1 " + QByteArray::number(answer->status) + " X\r\n"
                      "Content-Type: application/json\r\nx-amzn-RequestId: scripted-request\r\n"
                      "Content-Length: " + QByteArray::number(answer->body.size()) + "\r\n\r\n"
                      + answer->body);
    }

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};
