#pragma once

#include "domain/error.h"
#include "vault/securebytes.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class QIODevice;
class QJsonObject;

namespace schouw {

class PassphraseInput;

// schouw-cli's side of the conversation: results on standard output, everything meant for the
// person (prompts, progress, warnings, errors) on standard error, passphrases from a file or the
// PassphraseInput. Nothing here ever writes a passphrase or personal data.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    // None of the arguments is owned; they must outlive the Console.
    Console(QIODevice &out, QIODevice &err, PassphraseInput &input);

    void setVerbose(bool verbose) { m_verbose = verbose; }
    [[nodiscard]] bool isVerbose() const { return m_verbose; }

    // A JSON object on one line of standard output.
    void printJson(const QJsonObject &object);
    // Text on standard output as it is (help, version).
    void printText(const QString &text);
    // One line on standard error each.
    void progress(const QString &step, int percent);
    void warning(const QString &message);
    // The error's message; its technical detail only when verbose. Always exactly one line.
    void error(const Error &error);
    void usageError(const QString &message);

    // The passphrase of an existing vault: the first line of file when one is named, otherwise
    // asked for with prompt.
    [[nodiscard]] Result<SecureBytes> passphrase(const QString &file, const QString &prompt);
    // A passphrase for a new key. From a file or a pipe it is taken as it is, with a warning if it
    // is weak (scripts and tests decide for themselves). At a terminal it is asked twice and a
    // weak one is refused with InvalidInput.
    [[nodiscard]] Result<SecureBytes> newPassphrase(const QString &file, const QString &prompt,
                                                    const QString &repeatPrompt);
    [[nodiscard]] bool isInteractive() const;

private:
    [[nodiscard]] Result<SecureBytes> ask(const QString &prompt);
    void line(QTextStream &stream, QString text);

    QTextStream m_out;
    QTextStream m_err;
    PassphraseInput &m_input;
    bool m_verbose = false;
};

} // namespace schouw
