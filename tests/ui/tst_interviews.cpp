// The family inspector's interviews: starting one with recorded consent (keyboard only), answers,
// notes and statements saved as typed, statements appearing on their norms, personal-data
// warnings that replace names and numbers, declined consent keeping nothing but the fact, and
// audio recordings stored under the interview. Everything is read back from the vault.

#include "frameworks/frameworkloader.h"
#include "intervieweditor.h"
#include "interviewspanel.h"
#include "personaldatawarning.h"
#include "startinterviewdialog.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/attachmentrepository.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace schouw;
using namespace schouw::test;

class TestInterviews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<InterviewsPanel> m_panel;
    LoadedFramework m_framework;
    Id m_visitId;

    Vault &vault() { return m_session->vault(); }
    InterviewEditor *editor() { return m_panel->findChild<InterviewEditor *>(); }
    template<typename T> T *find(const char *name)
    {
        return m_panel->findChild<T *>(QString::fromLatin1(name));
    }

    QList<Interview> interviews()
    {
        auto all = InterviewRepository(vault()).forVisit(m_visitId);
        return all ? *all : QList<Interview>();
    }

    std::optional<Interview> stored(const Id &id)
    {
        auto found = InterviewRepository(vault()).find(id);
        return found ? *found : std::nullopt;
    }

    // Runs the start dialog with the keyboard: drive() gets the dialog while it is modal.
    void runStartDialog(const std::function<void(StartInterviewDialog *)> &drive)
    {
        // The panel's window gets the activation back a moment after a dialog closes.
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<StartInterviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->activateWindow();
            if (QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; })) {
                driven = true;
                drive(dialog);
            }
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClick(m_panel.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(driven, "Ctrl+Shift+I did not open the start dialog");
    }

    // Tab to consent, choose with Space (arrow keys move within the group), a place, Enter.
    void startByKeyboard(Consent consent, const QString &place, int groupSteps = 0)
    {
        runStartDialog([&](StartInterviewDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            for (int step = 0; step < groupSteps; ++step)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            const int moves = consent == Consent::Oral ? 0 : consent == Consent::Written ? 1 : 2;
            for (int move = 0; move < moves; ++move)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            m_okEnabledBeforeConsent = ok->isEnabled();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            m_focusAfterConsent = QApplication::focusWidget()->objectName();
            QTest::keyClicks(QApplication::focusWidget(), place);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
    }
    bool m_okEnabledBeforeConsent = true;
    QString m_focusAfterConsent;

    Interview addInterview(Consent consent, RespondentGroup group = RespondentGroup::Client)
    {
        Interview interview;
        interview.id = newId();
        interview.visitId = m_visitId;
        interview.group = group;
        interview.pseudonym = *InterviewRepository(vault()).nextPseudonym(m_visitId, group);
        interview.consent = consent;
        interview.place = QStringLiteral("huiskamer");
        interview.interviewerId = vault().currentUserId();
        interview.heldAt = QDateTime::currentDateTimeUtc();
        [&] {
            QVERIFY(InterviewRepository(vault()).add(interview));
        }();
        return interview;
    }

    void select(const Id &interviewId)
    {
        m_panel->showVisit(m_visitId);
        auto *list = find<QTreeWidget>("interviewList");
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            if (list->topLevelItem(row)->data(0, Qt::UserRole).toUuid() == interviewId)
                list->setCurrentItem(list->topLevelItem(row));
        QCOMPARE(editor()->interviewId(), interviewId);
    }

    Id normId(const QString &code)
    {
        return FrameworkRepository::normId(m_framework.framework.id, code);
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session =
            std::make_unique<VaultSession>(m_dir->filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(m_session->create(passphrase()));
        if (!m_session->isUnlocked())
            QVERIFY(m_session->unlock(passphrase()));

        auto loaded = FrameworkLoader::fromFile(QStringLiteral(SCHOUW_SOURCE_DIR) +
                                                u"/resources/frameworks/verpleeghuiszorg.json");
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().detail));
        m_framework = *loaded;
        QVERIFY(!m_framework.interviewGuides.isEmpty());
        QVERIFY(
            FrameworkRepository(vault()).add(m_framework.framework, m_framework.definitionJson));

        Provider provider;
        provider.id = newId();
        provider.name = QStringLiteral("Woonzorg De Linde");
        provider.city = QStringLiteral("Zwolle");
        QVERIFY(ProviderRepository(vault()).add(provider));
        Visit visit;
        visit.id = newId();
        visit.providerId = provider.id;
        visit.frameworkId = m_framework.framework.id;
        visit.startedAt = QDateTime::currentDateTimeUtc();
        visit.memberIds = {vault().currentUserId()};
        QVERIFY(VisitRepository(vault()).add(visit));
        m_visitId = visit.id;

        m_panel = std::make_unique<InterviewsPanel>(*m_session);
        m_panel->resize(900, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->showVisit(m_visitId);
    }

    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
        m_dir.reset();
    }

    void startWithConsentThenWriteAnswerAndNote()
    {
        startByKeyboard(Consent::Oral, QStringLiteral("huiskamer De Linde"));
        QVERIFY2(!m_okEnabledBeforeConsent, "the dialog must not accept without a consent choice");
        QCOMPARE(m_focusAfterConsent, QStringLiteral("placeEdit"));
        const QList<Interview> all = interviews();
        QCOMPARE(all.size(), 1);
        const Interview interview = all.first();
        QCOMPARE(interview.pseudonym, QStringLiteral("Cliënt A"));
        QCOMPARE(interview.group, RespondentGroup::Client);
        QCOMPARE(interview.consent, Consent::Oral);
        QCOMPARE(interview.place, QStringLiteral("huiskamer De Linde"));
        QCOMPARE(interview.interviewerId, vault().currentUserId());
        QCOMPARE(editor()->interviewId(), interview.id);

        // The guide's first question has the focus: the interview starts at once.
        auto *answer = find<QPlainTextEdit>("answerEdit0");
        QVERIFY(answer);
        m_panel->activateWindow();
        QTRY_COMPARE(QApplication::focusWidget(), answer);
        QTest::keyClicks(answer, QStringLiteral("Ik mag zelf kiezen wanneer ik opsta."));
        QTRY_COMPARE(stored(interview.id)->answers.value(QStringLiteral("0")),
                     QStringLiteral("Ik mag zelf kiezen wanneer ik opsta."));

        auto *notes = find<QPlainTextEdit>("notesEdit");
        QVERIFY(notes);
        QTest::keyClicks(notes, QStringLiteral("Rustig gesprek."));
        QTRY_COMPARE(stored(interview.id)->notes, QStringLiteral("Rustig gesprek."));
        // The list shows the interview without a name.
        auto *list = find<QTreeWidget>("interviewList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Cliënt A"));
    }

    void statementFromQuestionAppearsOnItsNorm()
    {
        const Interview interview = addInterview(Consent::Written);
        select(interview.id);
        QSignalSpy findings(m_panel.get(), &InterviewsPanel::findingsChanged);
        const QStringList codes = m_framework.interviewGuides.first().questions.first().normCodes;
        QVERIFY(!codes.isEmpty());

        auto *fromQuestion = find<QPushButton>("statementFromQuestion0");
        QVERIFY(fromQuestion);
        fromQuestion->click();
        QVERIFY(findings.count() >= 1);
        auto *statement = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        QVERIFY(statement);
        QCOMPARE(statement->objectName(), QStringLiteral("statementEdit"));
        QTest::keyClicks(statement, QStringLiteral("Ik verveel me vaak."));

        QTRY_VERIFY([&] {
            auto onNorm = ObservationRepository(vault()).forNorm(m_visitId, normId(codes.first()));
            return onNorm && onNorm->size() == 1 &&
                onNorm->first().text == QStringLiteral("Ik verveel me vaak.");
        }());
        const Observation found =
            ObservationRepository(vault()).forNorm(m_visitId, normId(codes.first()))->first();
        QCOMPARE(found.source, ObservationSource::Interview);
        QCOMPARE(found.interviewId, interview.id);
        QCOMPARE(found.authorId, vault().currentUserId());
        QCOMPARE(ObservationRepository(vault()).forInterview(interview.id)->size(), 1);

        // Ctrl+Shift+U from the second answer field prefills that question's norms.
        const QStringList second = m_framework.interviewGuides.first().questions.at(1).normCodes;
        auto *answer = find<QPlainTextEdit>("answerEdit1");
        answer->setFocus();
        QTest::keyClick(answer, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ze kennen mij."));
        QTRY_VERIFY([&] {
            auto onNorm = ObservationRepository(vault()).forNorm(m_visitId, normId(second.last()));
            return onNorm && onNorm->size() == 1 &&
                onNorm->first().text == QStringLiteral("Ze kennen mij.");
        }());
    }

    void personalDataInNoteIsReplaced()
    {
        const Interview interview = addInterview(Consent::Oral);
        select(interview.id);
        auto *notes = find<QPlainTextEdit>("notesEdit");
        auto *warning = find<PersonalDataWarning>("notesEditWarning");
        QVERIFY(notes && warning);
        QVERIFY(!warning->isVisible());
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("mevrouw Jansen belde 06-12345678"));
        QTRY_VERIFY(warning->isVisible());
        auto *message = warning->findChild<QLabel *>(QStringLiteral("personalDataMessage"));
        QVERIFY(message->text().contains(QStringLiteral("Jansen")));
        QVERIFY(message->text().contains(QStringLiteral("06-12345678")));

        warning->findChild<QPushButton *>(QStringLiteral("personalDataReplace"))->click();
        QTRY_VERIFY(stored(interview.id)->notes.contains(QStringLiteral("Cliënt A")));
        const QString saved = stored(interview.id)->notes;
        QVERIFY2(!saved.contains(QStringLiteral("Jansen")), qPrintable(saved));
        QVERIFY2(!saved.contains(QStringLiteral("12345678")), qPrintable(saved));
        QVERIFY(saved.contains(PersonalDataWarning::removedMarker()));
        QTRY_VERIFY(!warning->isVisible());

        // Replaced through the document: one undo step brings the text back.
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(notes->toPlainText(), QStringLiteral("mevrouw Jansen belde 06-12345678"));

        // Ignoring hides the warning for exactly that text.
        QTRY_VERIFY(warning->isVisible());
        warning->findChild<QPushButton *>(QStringLiteral("personalDataIgnore"))->click();
        QVERIFY(!warning->isVisible());
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(notes, QStringLiteral("."));
        QTRY_COMPARE(stored(interview.id)->notes,
                     QStringLiteral("mevrouw Jansen belde 06-12345678."));
        QVERIFY(!warning->isVisible());
    }

    void declinedAtStartKeepsOnlyTheFact()
    {
        startByKeyboard(Consent::Declined, QStringLiteral("gang"));
        const QList<Interview> all = interviews();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().consent, Consent::Declined);
        QVERIFY(all.first().notes.isEmpty());
        QVERIFY(all.first().answers.isEmpty());
        QCOMPARE(editor()->interviewId(), all.first().id);
        auto *notice = find<QLabel>("declinedNotice");
        QVERIFY(notice && notice->isVisible());
        QVERIFY(!find<QPlainTextEdit>("notesEdit"));
        QVERIFY(!find<QPlainTextEdit>("answerEdit0"));
        QVERIFY(!find<QPushButton>("recordStatementButton"));
        QVERIFY(!find<QPushButton>("addAudioButton"));
    }

    void decliningLaterWipesAfterConfirmation()
    {
        const Interview interview = addInterview(Consent::Oral);
        select(interview.id);
        QTest::keyClicks(find<QPlainTextEdit>("notesEdit"), QStringLiteral("Aantekening"));
        QTest::keyClicks(find<QPlainTextEdit>("answerEdit0"), QStringLiteral("Antwoord"));
        find<QPushButton>("statementFromQuestion0")->click();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Uitspraak"));
        QVERIFY(editor()->flush());
        QCOMPARE(stored(interview.id)->notes, QStringLiteral("Aantekening"));
        QCOMPARE(ObservationRepository(vault()).forInterview(interview.id)->size(), 1);

        auto *consent = find<QComboBox>("consentCombo");
        const auto answerBox = [](bool confirm) {
            QTimer::singleShot(0, [confirm] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                if (confirm)
                    box->findChild<QPushButton *>(QStringLiteral("confirmDeclineButton"))->click();
                else
                    QTest::keyClick(box, Qt::Key_Escape);
            });
        };
        // Cancelled: nothing changes.
        consent->setFocus();
        answerBox(false);
        QTest::keyClick(consent, Qt::Key_End);
        QCOMPARE(stored(interview.id)->consent, Consent::Oral);
        QCOMPARE(consent->currentData().toInt(), static_cast<int>(Consent::Oral));
        QCOMPARE(stored(interview.id)->notes, QStringLiteral("Aantekening"));

        QSignalSpy findings(m_panel.get(), &InterviewsPanel::findingsChanged);
        answerBox(true);
        QTest::keyClick(consent, Qt::Key_End);
        const Interview after = *stored(interview.id);
        QCOMPARE(after.consent, Consent::Declined);
        QVERIFY(after.notes.isEmpty());
        QVERIFY(after.answers.isEmpty());
        QVERIFY(ObservationRepository(vault()).forInterview(interview.id)->isEmpty());
        QVERIFY(findings.count() >= 1);
        QVERIFY(find<QLabel>("declinedNotice"));
        QTRY_VERIFY(!find<QPlainTextEdit>("notesEdit"));
        auto *list = find<QTreeWidget>("interviewList");
        QCOMPARE(list->topLevelItem(0)->text(2).toLower(), label(Consent::Declined).toLower());
    }

    void pseudonymsAdvance()
    {
        startByKeyboard(Consent::Oral, QStringLiteral("a"));
        startByKeyboard(Consent::Written, QStringLiteral("b"));
        startByKeyboard(Consent::Oral, QStringLiteral("c"), 1); // one step down: relative
        QStringList pseudonyms;
        for (const Interview &interview : interviews())
            pseudonyms << interview.pseudonym;
        pseudonyms.sort();
        QCOMPARE(pseudonyms,
                 (QStringList {QStringLiteral("Cliënt A"), QStringLiteral("Cliënt B"),
                               QStringLiteral("Naaste A")}));

        // The dialog offers no field for a name: the pseudonym is a label.
        runStartDialog([](StartInterviewDialog *dialog) {
            const auto edits = dialog->findChildren<QLineEdit *>();
            QCOMPARE(edits.size(), 1);
            QCOMPARE(edits.first()->objectName(), QStringLiteral("placeEdit"));
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pseudonymLabel"))->text(),
                     QStringLiteral("Cliënt C"));
        });
    }

    void audioIsStoredUnderTheInterview()
    {
        const Interview interview = addInterview(Consent::Oral);
        select(interview.id);
        // A tiny valid WAV: 44-byte header and a few samples of silence.
        QByteArray wav;
        const auto u32 = [&](quint32 v) {
            for (int i = 0; i < 4; ++i)
                wav.append(static_cast<char>((v >> (8 * i)) & 0xff));
        };
        const auto u16 = [&](quint16 v) {
            wav.append(static_cast<char>(v & 0xff));
            wav.append(static_cast<char>(v >> 8));
        };
        const QByteArray samples(800, '\0');
        wav.append("RIFF");
        u32(36 + samples.size());
        wav.append("WAVEfmt ");
        u32(16);
        u16(1);
        u16(1);
        u32(8000);
        u32(16000);
        u16(2);
        u16(16);
        wav.append("data");
        u32(samples.size());
        wav.append(samples);
        const QString path = m_dir->filePath(QStringLiteral("gesprek.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(wav);
        file.close();

        QVERIFY(editor()->attachAudio(path));
        auto owned = AttachmentRepository(vault()).forOwner(interview.id);
        QVERIFY(owned);
        QCOMPARE(owned->size(), 1);
        QCOMPARE(owned->first().fileName, QStringLiteral("gesprek.wav"));
        QVERIFY(owned->first().mimeType.startsWith(QStringLiteral("audio/")));
        QCOMPARE(owned->first().size, wav.size());
        auto *list = find<QListWidget>("attachmentList");
        QVERIFY(list->item(0)->text().contains(QStringLiteral("gesprek.wav")));

        // Not audio: refused with a reason, nothing stored.
        const QString text = m_dir->filePath(QStringLiteral("notities.txt"));
        QFile other(text);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("geen geluid");
        other.close();
        QVERIFY(!editor()->attachAudio(text));
        QVERIFY(!find<QLabel>("interviewError")->text().isEmpty());
        QCOMPARE(AttachmentRepository(vault()).forOwner(interview.id)->size(), 1);
    }

    void lockFlushesAndClears()
    {
        const Interview interview = addInterview(Consent::Oral);
        select(interview.id);
        auto *notes = find<QPlainTextEdit>("notesEdit");
        QTest::keyClicks(notes, QStringLiteral("Net getypt"));
        m_session->lock();
        QVERIFY(!find<QPlainTextEdit>("notesEdit") ||
                !find<QPlainTextEdit>("notesEdit")->isVisible());
        QCOMPARE(find<QTreeWidget>("interviewList")->topLevelItemCount(), 0);
        QVERIFY(m_session->unlock(passphrase()));
        QCOMPARE(stored(interview.id)->notes, QStringLiteral("Net getypt"));
    }

    // The start dialog works on the vault: a lock closes it, and nothing is stored.
    void lockClosesTheStartDialog()
    {
        bool closed = false;
        runStartDialog([&](StartInterviewDialog *dialog) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            m_session->lock();
            closed = !dialog->isVisible();
        });
        QVERIFY(closed);
        QCOMPARE(find<QTreeWidget>("interviewList")->topLevelItemCount(), 0);
        QVERIFY(m_session->unlock(passphrase()));
        QVERIFY(interviews().isEmpty());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SCHOUW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set SCHOUW_SCREENSHOT_DIR to render the interview panel to PNG");
        const Interview interview = addInterview(Consent::Oral);
        addInterview(Consent::Declined, RespondentGroup::Relative);
        select(interview.id);
        QTest::keyClicks(find<QPlainTextEdit>("answerEdit0"),
                         QStringLiteral("Ik mag zelf kiezen wanneer ik opsta."));
        QTest::keyClicks(find<QPlainTextEdit>("notesEdit"),
                         QStringLiteral("mevrouw Jansen belde 06-12345678"));
        find<QPushButton>("statementFromQuestion0")->click();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ik verveel me vaak."));
        QTRY_VERIFY(find<PersonalDataWarning>("notesEditWarning")->isVisible());
        find<QPlainTextEdit>("notesEdit")->setFocus();
        QVERIFY(m_panel->grab().save(dir + u"/interviews-panel.png"));
        find<QScrollArea>("interviewScroll")
            ->ensureWidgetVisible(find<QPlainTextEdit>("notesEdit"), 0, 200);
        QVERIFY(m_panel->grab().save(dir + u"/interviews-notes.png"));
        runStartDialog([&](StartInterviewDialog *dialog) {
            QVERIFY(dialog->grab().save(dir + u"/interviews-start.png"));
        });
        select(interviews().last().consent == Consent::Declined ? interviews().last().id
                                                                : interviews().first().id);
        QVERIFY(m_panel->grab().save(dir + u"/interviews-declined.png"));
        // The visit page hosts the panel in its side column, about 360 pixels wide.
        m_panel->resize(370, 760);
        select(interviews().first().consent == Consent::Declined ? interviews().last().id
                                                                 : interviews().first().id);
        QTest::qWait(50);
        QVERIFY(m_panel->grab().save(dir + u"/interviews-narrow.png"));
    }
};

QTEST_MAIN(TestInterviews)
#include "tst_interviews.moc"
