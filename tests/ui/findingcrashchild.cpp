// The victim of tst_findingcrash: the real findings panel, offscreen, over a vault given on the
// command line. It creates unassigned findings one after another and types a fixed text into
// each in bursts, as a person would, and prints "ack <observationId> <length>" each time the
// panel's autosave reports a save durable — until the test kills it.
//
//   findingcrashchild VAULT_DIR VISIT_ID TEXT

#include "findingspanel.h"
#include "testvault.h"
#include "textautosave.h"
#include "vault/vaultsession.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTest>

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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: findingcrashchild VAULT_DIR VISIT_ID TEXT\n");
        return 2;
    }
    VaultSession session(args.at(1), test::fastOptions());
    if (auto unlocked = session.unlock(test::passphrase()); !unlocked) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(unlocked.error().detail));
        return 2;
    }
    const Id visitId = idFromText(args.at(2));
    const QString text = args.at(3);

    FindingsPanel panel(session);
    panel.resize(500, 700);
    panel.show();
    panel.showNorm(visitId, {});
    auto *editor = panel.findChild<QPlainTextEdit *>(QStringLiteral("findingText"));
    if (!editor)
        return 2;
    // The finding a save belongs to is the one in the editor when it lands: the panel flushes
    // the previous finding before it shows another.
    QObject::connect(&panel.textAutosave(), &TextAutosave::saved, &panel,
                     [&panel](const QString &saved) {
                         acknowledge("ack " + idText(panel.currentFindingId()).toLatin1() + ' ' +
                                     QByteArray::number(saved.size()));
                     });

    // A shorter pause than the client's gives more saves per second to kill in between; the
    // one-second ceiling still applies while the bursts come faster than the pause.
    panel.textAutosave().setPause(std::chrono::milliseconds(120));
    QRandomGenerator random(QRandomGenerator::global()->generate());
    for (;;) {
        panel.addFinding();
        if (panel.currentFindingId().isNull())
            return 4;
        editor->setFocus();
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype burst = std::min<qsizetype>(random.bounded(1, 16), text.size() - at);
            QTest::keyClicks(editor, text.mid(at, burst));
            at += burst;
            // Pauses short and long: some saves come from the pause, some from the one-second
            // ceiling while typing on.
            QTest::qWait(static_cast<int>(random.bounded(0, 200)));
        }
    }
}
