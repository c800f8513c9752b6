#include "console.h"

#include "passphraseinput.h"
#include "vault/passphrasestrength.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace schouw {

namespace {

const QString ProgramName = QStringLiteral("schouw-cli");

// Estimates strength from guarded bytes. The estimator wants a QString; that copy is wiped
// before it is released.
PassphraseStrength strengthOf(const SecureBytes &passphrase)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(passphrase.data()),
                                     static_cast<qsizetype>(passphrase.size()));
    const PassphraseStrength strength = PassphraseStrength::estimate(text);
    text.fill(QChar(u'\0'));
    return strength;
}

} // namespace

Console::Console(QIODevice &out, QIODevice &err, PassphraseInput &input)
    : m_out(&out)
    , m_err(&err)
    , m_input(input)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Console::line(QTextStream &stream, QString text)
{
    // One event, one line: scripts read stderr line by line, and a message with a line break
    // would look like two errors.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    stream << text << '\n';
    stream.flush();
}

void Console::printJson(const QJsonObject &object)
{
    line(m_out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void Console::printText(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Console::progress(const QString &step, int percent)
{
    line(m_err, QStringLiteral("[%1%] %2").arg(percent, 3).arg(step));
}

void Console::warning(const QString &message)
{
    line(m_err, tr("%1: warning: %2").arg(ProgramName, message));
}

void Console::error(const Error &error)
{
    QString text = error.message;
    if (text.isEmpty())
        text = tr("The operation failed.");
    if (m_verbose && !error.detail.isEmpty())
        text += QStringLiteral(" [") + error.detail + QLatin1Char(']');
    line(m_err, ProgramName + QStringLiteral(": ") + text);
}

void Console::usageError(const QString &message)
{
    line(m_err,
         ProgramName + QStringLiteral(": ") + message + QLatin1Char(' ') +
             tr("Run '%1 --help' for usage.").arg(ProgramName));
}

bool Console::isInteractive() const
{
    return m_input.isInteractive();
}

Result<SecureBytes> Console::ask(const QString &prompt)
{
    // A pipe gets no prompt: it would only clutter the error output a script collects.
    if (m_input.isInteractive()) {
        m_err << prompt;
        m_err.flush();
    }
    return m_input.readLine();
}

Result<SecureBytes> Console::passphrase(const QString &file, const QString &prompt)
{
    if (!file.isEmpty())
        return readPassphraseFile(file);
    return ask(prompt);
}

Result<SecureBytes> Console::newPassphrase(const QString &file, const QString &prompt,
                                           const QString &repeatPrompt)
{
    const bool fromPerson = file.isEmpty() && m_input.isInteractive();
    auto chosen = file.isEmpty() ? ask(prompt) : readPassphraseFile(file);
    if (!chosen)
        return chosen;
    const PassphraseStrength strength = strengthOf(*chosen);
    if (!fromPerson) {
        if (!strength.acceptable())
            warning(tr("the new passphrase is weak. %1").arg(strength.feedback));
        return chosen;
    }
    if (!strength.acceptable())
        return fail(ErrorCode::InvalidInput,
                    tr("The passphrase is too weak. %1").arg(strength.feedback),
                    QStringLiteral("weak passphrase refused"));
    auto repeated = ask(repeatPrompt);
    if (!repeated)
        return std::unexpected(repeated.error());
    if (!repeated->equals(*chosen))
        return fail(ErrorCode::InvalidInput, tr("The passphrases do not match."),
                    QStringLiteral("confirmation differs"));
    return chosen;
}

} // namespace schouw
