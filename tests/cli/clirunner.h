#pragma once

// Runs the real schouw-cli binary as a script would: arguments, a piped standard input, exit
// code, standard output and error. Shared by the CLI integration tests.

#include "testvault.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace schouw::test {

inline const QByteArray Passphrase = TestPassphrase;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QStringList errLines() const
    {
        QStringList lines;
        for (const QByteArray &line : err.split('\n'))
            if (!line.trimmed().isEmpty())
                lines << QString::fromUtf8(line);
        return lines;
    }
    [[nodiscard]] QJsonArray array() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        if (!document.isArray())
            qWarning() << "not a JSON array:" << out;
        return document.array();
    }
    [[nodiscard]] QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning() << "not a JSON object:" << out << error.errorString();
        return document.object();
    }
};

// Standard input is always a pipe here, never a terminal: what is written to it (possibly
// nothing) is followed by end of input.
Run runCli(const QStringList &arguments, const QByteArray &input = {},
           const QString &language = QStringLiteral("en"));

// Where the build put schouw-cli.
QString cliPath();

QByteArray readAll(const QString &path);

bool writeAll(const QString &path, const QByteArray &bytes);

// A temporary folder with a passphrase file and room for a vault.
class Workspace
{
public:
    Workspace() { m_ok = writeAll(passphraseFile(), Passphrase + '\n'); }
    [[nodiscard]] bool isValid() const { return m_ok && m_dir.isValid(); }
    [[nodiscard]] QString vault() const { return m_dir.filePath(QStringLiteral("vault")); }
    [[nodiscard]] QString passphraseFile() const { return m_dir.filePath(QStringLiteral("pass")); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }

    [[nodiscard]] QStringList args(const QStringList &rest,
                                   const QString &passphraseFile = QString()) const
    {
        QStringList all {QStringLiteral("--vault"), vault(), QStringLiteral("--passphrase-file"),
                         passphraseFile.isEmpty() ? this->passphraseFile() : passphraseFile};
        return all + rest;
    }
    [[nodiscard]] Run init() const
    {
        return runCli(
            args({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("fast")}));
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace schouw::test
