#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace schouw::server {

// schouw-server's command line (docs/server.md):
//   schouw-server --config FILE                       serve until SIGINT or SIGTERM
//   schouw-server admin --config FILE VERB ...        administration (docs/office-service.md)
//   schouw-server demo-seed --config FILE --password-file FILE
//   schouw-server --help | --version
// Results go to `out` as JSON, errors to `err`; returns the process exit code (0 ok, 1 failure,
// 2 usage, 4 bad input such as a wrong configuration).
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)

public:
    ServerCommandLine(QTextStream &out, QTextStream &err);
    [[nodiscard]] int run(const QStringList &arguments);

    [[nodiscard]] static QString version();

private:
    [[nodiscard]] int serve(const QString &configFile);
    [[nodiscard]] QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace schouw::server
