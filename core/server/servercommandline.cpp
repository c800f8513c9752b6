#include "servercommandline.h"

#include "config/serverconfig.h"
#include "http/httpserver.h"
#include "office/officeservice.h"
#include "officeroutes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

namespace schouw::server {

namespace {

Q_LOGGING_CATEGORY(lcServer, "schouw.server")

enum Exit : int { Ok = 0, Failure = 1, Usage = 2, BadInput = 4 };

OfficeOptions officeOptionsFor(const ServerConfig &config)
{
    OfficeOptions options;
    options.dataDirectory = config.dataDirectory;
    options.storeUrl = config.storeUrl;
    options.storePasswordFile = config.storePasswordFile;
    options.storePoolSize = config.storePoolSize;
    options.accessTokenLifetime = std::chrono::minutes(config.accessTokenMinutes);
    options.refreshTokenLifetime = std::chrono::hours(24 * config.refreshTokenDays);
    if (config.passwordCost == QStringLiteral("interactive"))
        options.passwordCost = PasswordCost::Interactive;
    else if (config.passwordCost == QStringLiteral("sensitive"))
        options.passwordCost = PasswordCost::Sensitive;
    else
        options.passwordCost = PasswordCost::Moderate;
    return options;
}

int exitFor(const Error &error)
{
    return error.code == ErrorCode::InvalidInput ? BadInput : Failure;
}

} // namespace

ServerCommandLine::ServerCommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString ServerCommandLine::version()
{
    return QStringLiteral(SCHOUW_VERSION);
}

QString ServerCommandLine::usage() const
{
    return tr(
        "Usage:\n"
        "  schouw-server --config FILE                 Run the office service.\n"
        "  schouw-server admin --config FILE VERB ...  Manage teams, users, assignments,\n"
        "                                              frameworks, the provider register and\n"
        "                                              devices (see docs/office-service.md).\n"
        "  schouw-server demo-seed --config FILE --password-file FILE\n"
        "                                              Fill an empty store with demo data.\n"
        "  schouw-server --help | --version\n");
}

int ServerCommandLine::run(const QStringList &arguments)
{
    QStringList rest = arguments.mid(1);
    QString verb;
    if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-'))) {
        verb = rest.takeFirst();
        if (verb != QStringLiteral("admin") && verb != QStringLiteral("demo-seed")) {
            m_err << tr("Unknown command '%1'.").arg(verb) << '\n' << usage();
            return Usage;
        }
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        m_out << usage();
        return Ok;
    }
    if (rest.contains(QStringLiteral("--version"))) {
        m_out << QStringLiteral("schouw-server %1\n").arg(version());
        return Ok;
    }
    // --config FILE may stand anywhere; the rest belongs to the verb.
    const qsizetype at = rest.indexOf(QStringLiteral("--config"));
    if (at < 0 || at + 1 >= rest.size()) {
        m_err << tr("The option --config FILE is required.") << '\n' << usage();
        return Usage;
    }
    const QString configFile = rest.at(at + 1);
    rest.remove(at, 2);

    if (verb.isEmpty()) {
        if (!rest.isEmpty()) {
            m_err << tr("Unexpected argument '%1'.").arg(rest.first()) << '\n' << usage();
            return Usage;
        }
        return serve(configFile);
    }
    auto config = ServerConfig::load(configFile, QProcessEnvironment::systemEnvironment());
    if (!config) {
        m_err << config.error().message << '\n';
        return exitFor(config.error());
    }
    const OfficeOptions options = officeOptionsFor(*config);
    auto result = verb == QStringLiteral("admin") ? runAdmin(options, rest, m_out)
                                                  : runDemoSeed(options, rest, m_out);
    m_out.flush();
    if (!result) {
        m_err << result.error().message << '\n';
        return exitFor(result.error());
    }
    return *result;
}

int ServerCommandLine::serve(const QString &configFile)
{
    auto config = ServerConfig::load(configFile, QProcessEnvironment::systemEnvironment());
    if (!config) {
        m_err << config.error().message << '\n';
        return exitFor(config.error());
    }
    auto service = OfficeService::open(officeOptionsFor(*config));
    if (!service) {
        m_err << service.error().message << '\n';
        return exitFor(service.error());
    }
    const HttpServerOptions &http = config->http;
    HttpServer server(http, officeRoutes(**service));
    server.setCommonHeader("Schouw-Store-Id", (*service)->storeId().toStdString());
    if (auto started = server.start(); !started) {
        m_err << started.error().message << '\n';
        return exitFor(started.error());
    }
    // One line a script can wait for: where the service listens (the port when 0 was asked for).
    m_out << QJsonDocument(
                 QJsonObject {{QStringLiteral("listening"), QString::fromStdString(http.address)},
                              {QStringLiteral("port"), int(server.port())},
                              {QStringLiteral("tls"), http.tls.has_value()}})
                 .toJson(QJsonDocument::Compact)
          << '\n';
    m_out.flush();

    boost::asio::io_context signals;
    boost::asio::signal_set stopOn(signals, SIGINT, SIGTERM);
    stopOn.async_wait([&server](const boost::system::error_code &, int) { server.stop(); });
    signals.run();
    server.wait();
    qCInfo(lcServer) << "stopped";
    return Ok;
}

} // namespace schouw::server
