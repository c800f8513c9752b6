#pragma once

#include "console.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace schouw {

class PassphraseInput;

// schouw-cli as library code: parses the command line, runs one verb and returns the process's
// exit code (see exitcode.h). The executable only wires it to the standard streams, which keeps
// everything here linkable into tests and proves the core needs no GUI.
//
//   schouw-cli --vault DIR [--passphrase-file FILE] [--verbose] VERB [verb options]
//
// Results go to out (one JSON object per verb that has one); prompts, progress, warnings and
// errors to err, each error as one translated line. Not reentrant: one run() at a time.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Nothing is owned; all three must outlive the CommandLine.
    CommandLine(QIODevice &out, QIODevice &err, PassphraseInput &input);

    // arguments as QCoreApplication::arguments() gives them: the program first.
    [[nodiscard]] int run(const QStringList &arguments);

    // The project version this was built from.
    [[nodiscard]] static QString version();
    [[nodiscard]] static QString helpText();

private:
    Console m_console;
};

} // namespace schouw
