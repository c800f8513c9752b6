// The victim of tst_crashsafety: does durable work in a loop and acknowledges each commit on
// stdout, until the test kills it.
//
//   crashchild observations VAULT_DIR VISIT_ID   adds observations; prints each id once committed
//   crashchild passwd VAULT_DIR                  flips the passphrase between A and B; prints the
//                                                letter of the passphrase that now opens the vault

#include "testvault.h"
#include "vault/observationrepository.h"
#include "vault/vault.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace schouw;

namespace {

void acknowledge(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    // Straight to the descriptor: nothing may linger in a stdio buffer when the kill comes.
    if (::write(STDOUT_FILENO, out.constData(), static_cast<std::size_t>(out.size())) < 0)
        std::_Exit(3);
}

int observations(const QString &directory, const Id &visitId)
{
    auto vault = Vault::open(directory, test::passphrase(), test::fastOptions());
    if (!vault) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(vault.error().detail));
        return 2;
    }
    ObservationRepository repository(**vault);
    for (int i = 0;; ++i) {
        Observation observation;
        observation.id = newId();
        observation.visitId = visitId;
        observation.text =
            QStringLiteral("Waarneming %1: de deur van de medicijnkamer stond open.").arg(i);
        observation.observedAt = QDateTime::currentDateTimeUtc();
        if (!repository.add(observation))
            return 4;
        acknowledge(idText(observation.id).toLatin1());
    }
}

int passwd(const QString &directory)
{
    const char *phrases[] = {"A-wachtwoord-voor-de-test", "B-wachtwoord-voor-de-test"};
    for (int current = 0;; current = 1 - current) {
        const int next = 1 - current;
        if (!Vault::changePassphrase(directory, test::passphrase(phrases[current]),
                                     test::passphrase(phrases[next]), KdfParams::fastForTests()))
            return 4;
        acknowledge(next == 0 ? "A" : "B");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QStringLiteral("observations"))
        return observations(args.at(2), idFromText(args.at(3)));
    if (args.size() >= 3 && args.at(1) == QStringLiteral("passwd"))
        return passwd(args.at(2));
    std::fprintf(stderr, "usage: crashchild observations DIR VISIT | passwd DIR\n");
    return 2;
}
