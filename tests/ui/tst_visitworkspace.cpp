// The visit workspace, driven through the real MainWindow on a real vault: start a visit with the
// keyboard, judge norms, check risk signals, finish and reopen, and nothing typed is lost when
// the vault locks or the client restarts. The functions run in order on one vault and window.

#include "demo/demogenerator.h"
#include "findingspanel.h"
#include "frameworks/frameworkloader.h"
#include "i18n/language.h"
#include "interviewspanel.h"
#include "mainwindow.h"
#include "normpanel.h"
#include "normtreemodel.h"
#include "shortcutsdialog.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/frameworkrepository.h"
#include "vault/judgementrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/signalcheckrepository.h"
#include "vault/teamrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"
#include "visitpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace schouw;
using namespace schouw::test;

class TestVisitWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Provider m_provider;
    QList<Location> m_locations;
    Id m_signalId;
    Id m_colleagueId;
    Id m_me;
    LoadedFramework m_framework;
    Id m_visitId;
    Id m_firstNorm;
    Id m_secondNorm;

    QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }
    Vault &vault() { return m_window->session().vault(); }
    VisitPage *page() { return m_window->findChild<VisitPage *>(QStringLiteral("VisitPage")); }
    template<typename T> T *onVisit(const char *name)
    {
        return page()->findChild<T *>(QString::fromLatin1(name));
    }
    QString currentPage()
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))
            ->currentWidget()
            ->objectName();
    }

    bool seed()
    {
        auto created = Vault::create(vaultDir(), passphrase(), fastOptions());
        if (!created)
            return false;
        Vault &vault = **created;
        m_me = vault.currentUserId();
        m_provider = {newId(),
                      QStringLiteral("Zorgcentrum De Linde"),
                      Sector::NursingAndCare,
                      QStringLiteral("41234567"),
                      QStringLiteral("Zwolle"),
                      QStringLiteral("8011 AB")};
        ProviderRepository providers(vault);
        if (!providers.add(m_provider))
            return false;
        for (const char *name : {"Locatie De Linde", "Locatie Het Anker"}) {
            Location location {newId(),
                               m_provider.id,
                               QString::fromUtf8(name),
                               QStringLiteral("Lindelaan"),
                               QStringLiteral("3"),
                               QStringLiteral("8011 AB"),
                               QStringLiteral("Zwolle")};
            if (!providers.addLocation(location))
                return false;
            m_locations.append(location);
        }
        m_signalId = newId();
        if (!providers.addRiskSignal(
                {m_signalId, m_provider.id, SignalSource::Complaint, QDate(2026, 2, 3), 3,
                 QStringLiteral("Klacht over te weinig personeel 's nachts."), true}))
            return false;
        auto framework =
            FrameworkLoader::fromFile(QStringLiteral(":/frameworks/verpleeghuiszorg.json"));
        if (!framework)
            return false;
        m_framework = *framework;
        if (!FrameworkRepository(vault).add(m_framework.framework, m_framework.definitionJson))
            return false;
        TeamRepository teams(vault);
        const Team team {newId(), QStringLiteral("Team Noord")};
        m_colleagueId = newId();
        return teams.addTeam(team) &&
            teams.addUser({m_me, team.id, QStringLiteral("Anna de Vries"), Role::Inspector}) &&
            teams.addUser(
                {m_colleagueId, team.id, QStringLiteral("Bram Jansen"), Role::FamilyInspector});
    }

    void unlock()
    {
        auto *edit = onPage<QLineEdit>(m_window.get(), "UnlockPage", "passphraseEdit");
        QVERIFY(edit);
        QTest::keyClicks(edit, QString::fromUtf8(TestPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(m_window->session().isUnlocked());
    }

    void startWindow()
    {
        m_window = std::make_unique<MainWindow>(vaultDir(), fastOptions());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        unlock();
    }

    // Types into the widget that has the keyboard focus, as a user would.
    static void keyToFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }

    std::optional<NormJudgement> judgement(const Id &normId)
    {
        auto found = JudgementRepository(vault()).find(m_visitId, normId);
        return found ? *found : std::nullopt;
    }

    static QString screenshotDir()
    {
        return QString::fromLocal8Bit(qgetenv("SCHOUW_SCREENSHOT_DIR"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        installTranslations(commandLineLanguage());
        QVERIFY(m_dir.isValid());
        QVERIFY(seed());
        startWindow();
    }

    void cleanupTestCase() { m_window.reset(); }

    // Shortcuts and focus need the window active; a closed dialog may leave none active.
    void init()
    {
        if (!m_window)
            return;
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void startVisitByKeyboard()
    {
        auto *dialog = qobject_cast<QDialog *>(m_window->startVisit(m_provider.id));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->activateWindow();
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        auto *locations = dialog->findChild<QListWidget *>(QStringLiteral("locationList"));
        auto *framework = dialog->findChild<QComboBox *>(QStringLiteral("frameworkCombo"));
        auto *members = dialog->findChild<QListWidget *>(QStringLiteral("memberList"));
        QTRY_COMPARE(QApplication::focusWidget(), type);
        QCOMPARE(type->currentData().toInt(), static_cast<int>(VisitType::Unannounced));
        // Two locations: none checked until the inspector says which.
        QCOMPARE(locations->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(framework->count(), 1);
        QCOMPARE(members->item(0)->checkState(), Qt::Checked); // the inspector, always
        QVERIFY(members->item(0)->text().contains(QStringLiteral("Anna de Vries")));

        // OK without a location is refused with a message.
        keyToFocus(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), locations);

        QWidget *focus = type;
        type->setFocus();
        keyToFocus(Qt::Key_Down); // announced
        QCOMPARE(type->currentData().toInt(), static_cast<int>(VisitType::Announced));
        keyToFocus(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), locations);
        keyToFocus(Qt::Key_Space);
        keyToFocus(Qt::Key_Down);
        keyToFocus(Qt::Key_Space);
        QCOMPARE(locations->item(0)->checkState(), Qt::Checked);
        QCOMPARE(locations->item(1)->checkState(), Qt::Checked);
        keyToFocus(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), framework);
        keyToFocus(Qt::Key_Tab);
        focus = QApplication::focusWidget();
        QCOMPARE(focus, members);
        keyToFocus(Qt::Key_Space); // the inspector cannot be taken off
        QCOMPARE(members->item(0)->checkState(), Qt::Checked);
        keyToFocus(Qt::Key_Down);
        keyToFocus(Qt::Key_Space);
        QCOMPARE(members->item(1)->checkState(), Qt::Checked);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        keyToFocus(Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        auto visits = VisitRepository(vault()).forProvider(m_provider.id);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 1);
        const Visit visit = visits->first();
        m_visitId = visit.id;
        QCOMPARE(visit.type, VisitType::Announced);
        QCOMPARE(visit.frameworkId, m_framework.framework.id);
        QCOMPARE(QSet<Id>(visit.locationIds.cbegin(), visit.locationIds.cend()),
                 (QSet<Id> {m_locations.at(0).id, m_locations.at(1).id}));
        QCOMPARE(QSet<Id>(visit.memberIds.cbegin(), visit.memberIds.cend()),
                 (QSet<Id> {m_me, m_colleagueId}));
        QVERIFY(visit.startedAt >= before && visit.startedAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(!visit.isFinished());

        // The new visit is open.
        QCOMPARE(currentPage(), QStringLiteral("VisitPage"));
        QCOMPARE(page()->visitId(), m_visitId);
        QCOMPARE(onVisit<QLabel>("titleLabel")->text(), m_provider.name);
        QVERIFY(onVisit<QLabel>("detailsLabel")->text().contains(QStringLiteral("VV 2026.1")));
        const int total = m_framework.normCount();
        QCOMPARE(onVisit<QLabel>("progressLabel")->text(),
                 QStringLiteral("0 of %1 norms judged").arg(total));
    }

    void judgeTwoNormsWithRationale()
    {
        QVERIFY(!m_visitId.isNull());
        const Theme &theme = m_framework.framework.themes.first();
        m_firstNorm = theme.norms.at(0).id;
        m_secondNorm = theme.norms.at(1).id;
        auto *panel = onVisit<NormPanel>("normPanel");
        QCOMPARE(panel->normId(), m_firstNorm); // starts on the first open norm

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(panel->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
        QTRY_VERIFY(judgement(m_firstNorm) && judgement(m_firstNorm)->value);
        QCOMPARE(*judgement(m_firstNorm)->value, Judgement::LargelyFails);
        QCOMPARE(judgement(m_firstNorm)->authorId, m_me);

        keyToFocus(Qt::Key_3, Qt::ControlModifier);
        auto *rationale = onVisit<QPlainTextEdit>("rationaleEdit");
        QCOMPARE(QApplication::focusWidget(), rationale);
        QTest::keyClicks(rationale, QStringLiteral("Zorgleefplannen niet besproken."));
        QTRY_COMPARE(judgement(m_firstNorm)->rationale,
                     QStringLiteral("Zorgleefplannen niet besproken."));

        // Next norm: what was typed is saved; the tree and progress follow at once.
        keyToFocus(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(panel->normId(), m_secondNorm);
        // A mnemonic clicks the button after a short animation.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QTRY_VERIFY(judgement(m_secondNorm) && judgement(m_secondNorm)->value);
        QCOMPARE(*judgement(m_secondNorm)->value, Judgement::Meets);

        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(
            onVisit<FindingsPanel>("normFindingsPanel")->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), onVisit<QTreeView>("normTree"));

        const int total = m_framework.normCount();
        QCOMPARE(onVisit<QLabel>("progressLabel")->text(),
                 QStringLiteral("2 of %1 norms judged").arg(total));
        auto progress = JudgementRepository(vault()).progress(m_visitId);
        QVERIFY(progress);
        QCOMPARE(progress->judged, 2);
        const NormTreeModel &model = page()->normModel();
        QCOMPARE(model.index(0, NormTreeModel::JudgementColumn).data().toString(),
                 QStringLiteral("2/%1").arg(theme.norms.size()));

        // Previous norm shows what was saved.
        QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(panel->normId(), m_firstNorm);
        QCOMPARE(rationale->toPlainText(), QStringLiteral("Zorgleefplannen niet besproken."));
        QVERIFY(onVisit<QRadioButton>("judgeLargelyFails")->isChecked());
    }

    void openNormsFilterHidesJudgedNorms()
    {
        const NormTreeModel &model = page()->normModel();
        const int total = m_framework.normCount();
        QCOMPARE(model.visibleNorms().size(), total);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(onVisit<QCheckBox>("openOnlyCheck")->isChecked());
        QCOMPARE(model.visibleNorms().size(), total - 2);
        QVERIFY(!model.indexOfNorm(m_firstNorm).isValid());
        QVERIFY(!model.indexOfNorm(m_secondNorm).isValid());
        // The norm on screen is an open one now.
        const Id shown = onVisit<NormPanel>("normPanel")->normId();
        QVERIFY(model.indexOfNorm(shown).isValid());
        QVERIFY(!judgement(shown) || !judgement(shown)->value);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model.visibleNorms().size(), total);
    }

    // Ctrl+Shift+I starts an interview from anywhere in the visit, whichever side tab is shown.
    void newInterviewFromAnywhereInTheVisit()
    {
        auto *tabs = onVisit<QTabWidget>("sideTabs");
        tabs->setCurrentIndex(0);
        QVERIFY(tabs->currentWidget()->objectName() != QStringLiteral("interviewsTab"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                shown = QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
        });
        keyToFocus(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(shown, QStringLiteral("schouw::StartInterviewDialog"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("interviewsTab"));
        tabs->setCurrentIndex(0); // the tests after this one work on the risk signals
    }

    void signalCheckIsSaved()
    {
        auto *outcome = onVisit<QComboBox>("signalOutcome_0");
        auto *note = onVisit<QPlainTextEdit>("signalNote_0");
        QVERIFY(outcome && note);
        QVERIFY(!onVisit<QComboBox>("signalOutcome_1")); // one open signal
        outcome->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), outcome);
        keyToFocus(Qt::Key_Down); // confirmed
        auto check = SignalCheckRepository(vault()).find(m_visitId, m_signalId);
        QVERIFY(check && *check);
        QCOMPARE((*check)->outcome, SignalCheckOutcome::Confirmed);
        keyToFocus(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), note);
        QTest::keyClicks(note, QStringLiteral("Rooster bekeken: twee nachten onderbezet."));
        QTRY_COMPARE(SignalCheckRepository(vault()).find(m_visitId, m_signalId).value()->note,
                     QStringLiteral("Rooster bekeken: twee nachten onderbezet."));
    }

    void finishAndReopen()
    {
        auto *finish = onVisit<QPushButton>("finishButton");
        QVERIFY(finish->isVisible());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
        auto visit = VisitRepository(vault()).find(m_visitId);
        QTRY_VERIFY((visit = VisitRepository(vault()).find(m_visitId)) && *visit &&
                    (*visit)->isFinished());
        QVERIFY((*visit)->endedAt >= before);
        QVERIFY(onVisit<QPushButton>("reopenButton")->isVisible());
        QVERIFY(!finish->isVisible());
        QVERIFY(!onVisit<QWidget>("judgementGroup")->isEnabled());
        // The rest of the fieldwork closes with it: no new findings, no new interviews.
        auto *findings = onVisit<NormPanel>("normPanel")->findingsPanel();
        auto *interviews = onVisit<InterviewsPanel>("interviewsPanel");
        QVERIFY(findings->isReadOnly() && interviews->isReadOnly());
        QVERIFY(
            !findings->findChild<QPushButton *>(QStringLiteral("newFindingButton"))->isEnabled());
        QVERIFY(!interviews->findChild<QPushButton *>(QStringLiteral("newInterviewButton"))
                     ->isEnabled());

        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY((visit = VisitRepository(vault()).find(m_visitId)) && *visit &&
                    !(*visit)->isFinished());
        QVERIFY(onVisit<QWidget>("judgementGroup")->isEnabled());
        QVERIFY(!findings->isReadOnly() && !interviews->isReadOnly());
        QVERIFY(
            findings->findChild<QPushButton *>(QStringLiteral("newFindingButton"))->isEnabled());
    }

    void lockSavesUnsavedTyping()
    {
        // From the open norm the filter left on screen back to the first norm.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), onVisit<QTreeView>("normTree"));
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto *rationale = onVisit<QPlainTextEdit>("rationaleEdit");
        QCOMPARE(QApplication::focusWidget(), rationale);
        QCOMPARE(onVisit<NormPanel>("normPanel")->normId(), m_firstNorm);
        rationale->moveCursor(QTextCursor::End);
        QTest::keyClicks(rationale, QStringLiteral(" Nachtdienst"));
        // Lock before the autosave's pause is over.
        m_window->lock();
        QVERIFY(!m_window->session().isUnlocked());
        QCOMPARE(currentPage(), QStringLiteral("UnlockPage"));
        QVERIFY(page()->visitId().isNull());
        QVERIFY(rationale->toPlainText().isEmpty());
        const QStringList shown = shownTexts();
        QVERIFY(!shown.join(QLatin1Char('\n')).contains(QStringLiteral("Nachtdienst")));
        unlock();
        QCOMPARE(judgement(m_firstNorm)->rationale,
                 QStringLiteral("Zorgleefplannen niet besproken. Nachtdienst"));
    }

    void everythingIsThereAfterRestart()
    {
        m_window->openVisit(m_visitId);
        QCOMPARE(currentPage(), QStringLiteral("VisitPage"));
        auto *note = onVisit<QPlainTextEdit>("signalNote_0");
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Gesproken met teamleider."));
        // A finding on the norm shown, typed and not yet saved when the window closes.
        FindingsPanel *findings = onVisit<NormPanel>("normPanel")->findingsPanel();
        const Id findingNorm = onVisit<NormPanel>("normPanel")->normId();
        findings->addFinding();
        auto *findingText = findings->findChild<QPlainTextEdit *>(QStringLiteral("findingText"));
        QVERIFY(findingText);
        QTest::keyClicks(findingText, QStringLiteral("Nachtkastje met medicatie onbeheerd."));
        m_window->close(); // with unsaved typing
        m_window.reset();

        startWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openVisit(m_visitId);
        QCOMPARE(page()->normModel().judgedCount(), 2);
        QCOMPARE(onVisit<QComboBox>("signalOutcome_0")->currentData().toInt(),
                 static_cast<int>(SignalCheckOutcome::Confirmed));
        QCOMPARE(onVisit<QPlainTextEdit>("signalNote_0")->toPlainText(),
                 QStringLiteral("Rooster bekeken: twee nachten onderbezet. Gesproken met "
                                "teamleider."));
        // The finding is stored and listed on its norm, where the page opens again.
        QCOMPARE(onVisit<NormPanel>("normPanel")->normId(), findingNorm);
        auto stored = ObservationRepository(vault()).forNorm(m_visitId, findingNorm);
        QVERIFY(stored);
        QVERIFY(std::any_of(stored->cbegin(), stored->cend(), [](const Observation &o) {
            return o.text == QStringLiteral("Nachtkastje met medicatie onbeheerd.");
        }));
        auto *list = onVisit<NormPanel>("normPanel")
                         ->findingsPanel()
                         ->findChild<QListWidget *>(QStringLiteral("findingList"));
        QVERIFY(list && list->count() >= 1);
        QVERIFY(!list->findItems(QStringLiteral("Nachtkastje"), Qt::MatchContains).isEmpty());
        // The page starts on the first open norm (the third); back twice to the first.
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(onVisit<NormPanel>("normPanel")->normId(), m_firstNorm);
        QCOMPARE(onVisit<QPlainTextEdit>("rationaleEdit")->toPlainText(),
                 QStringLiteral("Zorgleefplannen niet besproken. Nachtdienst"));
        QVERIFY(onVisit<QRadioButton>("judgeLargelyFails")->isChecked());

        // Esc goes back to the providers.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(currentPage(), QStringLiteral("WorkspacePage"));
    }

    // From the provider list to the start-visit dialog without a mouse: Ctrl+F, type, Down to the
    // list, Enter for the detail, Ctrl+N.
    void startVisitFromTheProviderListByKeyboard()
    {
        QCOMPARE(currentPage(), QStringLiteral("WorkspacePage"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = onPage<QLineEdit>(m_window.get(), "WorkspacePage", "searchEdit");
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("Linde"));
        auto *table = onPage<QAbstractItemView>(m_window.get(), "WorkspacePage", "providerTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Down); // into the results, on the first match
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("startVisitDialog"))) &&
                    dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(m_provider.name));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("startVisitDialog")) ||
                    !dialog->isVisible());
        auto visits = VisitRepository(vault()).forProvider(m_provider.id);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 1); // cancelled: no second visit
    }

    void shortcutsDialogListsEveryShortcut()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0))
                keys << table->item(row, 0)->text();
        for (const QKeySequence &sequence :
             {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_F),
              QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
              QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QKeySequence(Qt::Key_F1)})
            QVERIFY2(keys.contains(sequence.toString(QKeySequence::NativeText)),
                     qPrintable(sequence.toString()));
        dialog->close();
    }

    // Not a check: renders the page with the small demo data for a person to look at.
    void screenshots()
    {
        if (screenshotDir().isEmpty())
            QSKIP("set SCHOUW_SCREENSHOT_DIR to render the visit workspace to PNG");
        QTemporaryDir demoDir;
        const QString directory = demoDir.filePath(QStringLiteral("vault"));
        {
            auto created = Vault::create(directory, passphrase(), fastOptions());
            QVERIFY(created);
            auto counts = DemoGenerator(**created, DemoProfile::Small, 7).run();
            QVERIFY2(counts, counts ? "" : qPrintable(counts.error().detail));
        }
        m_window.reset();
        auto window = std::make_unique<MainWindow>(directory, fastOptions());
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *edit = onPage<QLineEdit>(window.get(), "UnlockPage", "passphraseEdit");
        QTest::keyClicks(edit, QString::fromUtf8(TestPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(window->session().isUnlocked());
        // The visit with the most judged norms shows the page best.
        Vault &demo = window->session().vault();
        auto providers = ProviderRepository(demo).page(std::nullopt, 500);
        QVERIFY(providers);
        Id best;
        Id bestProvider;
        int bestJudged = -1;
        for (const ProviderSummary &provider : std::as_const(*providers)) {
            auto visits = VisitRepository(demo).forProvider(provider.id);
            QVERIFY(visits);
            for (const Visit &visit : std::as_const(*visits)) {
                auto progress = JudgementRepository(demo).progress(visit.id);
                if (progress && progress->judged > bestJudged && !visit.isFinished()) {
                    bestJudged = progress->judged;
                    best = visit.id;
                    bestProvider = provider.id;
                }
            }
        }
        QVERIFY(!best.isNull());
        const QString language = QString::fromLocal8Bit(qgetenv("SCHOUW_LANG"));
        const QString suffix = language.isEmpty() ? QStringLiteral("en") : language;
        QDir out(screenshotDir());
        window->openVisit(best);
        QTest::qWait(50);
        QVERIFY(window->grab().save(out.filePath(QStringLiteral("visit-page-%1.png").arg(suffix))));
        auto *visitPage = window->findChild<VisitPage *>(QStringLiteral("VisitPage"));
        QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto *tree = visitPage->findChild<QTreeView *>(QStringLiteral("normTree"));
        tree->setCurrentIndex(visitPage->normModel().unassignedIndex());
        QTest::qWait(50);
        QVERIFY(window->grab().save(
            out.filePath(QStringLiteral("visit-unassigned-%1.png").arg(suffix))));
        auto *tabs = visitPage->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        tabs->setCurrentIndex(1);
        QVERIFY(window->grab().save(
            out.filePath(QStringLiteral("visit-interviews-%1.png").arg(suffix))));

        auto *dialog = qobject_cast<QDialog *>(window->startVisit(bestProvider));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(
            dialog->grab().save(out.filePath(QStringLiteral("start-visit-%1.png").arg(suffix))));
        dialog->reject();
        window->showShortcuts();
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
        QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
        QVERIFY(
            shortcuts->grab().save(out.filePath(QStringLiteral("shortcuts-%1.png").arg(suffix))));
        shortcuts->close();
    }
};

QTEST_MAIN(TestVisitWorkspace)
#include "tst_visitworkspace.moc"
