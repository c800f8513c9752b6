// The findings panel over a real vault, driven by the keyboard where an inspector would: a new
// finding with Ctrl+Enter saved by autosave, its source, links to two norms through the norm
// chooser and back to unassigned, quick capture (Enter and Esc both keep the text), evidence
// (an image with a thumbnail, a file over the size limit refused, a drop of two files of which
// one is too large), undo after an autosave, deletion, and saving on lock. With
// SCHOUW_SCREENSHOT_DIR set, one more function renders the panel and dialogs with the demo data.

#include "demo/demogenerator.h"
#include "evidencelist.h"
#include "findingspanel.h"
#include "linknormsdialog.h"
#include "quickcapturedialog.h"
#include "testdata.h"
#include "testvault.h"
#include "textautosave.h"
#include "uitestsupport.h"
#include "vault/attachmentrepository.h"
#include "vault/frameworkrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace schouw;
using namespace schouw::test;

class TestFindings : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    Observation stored(const Id &id)
    {
        auto found = ObservationRepository(m_session->vault()).find(id);
        return found && *found ? **found : Observation {};
    }

    QString storedText(const Id &id) { return stored(id).text; }

    QList<Attachment> evidenceOf(const Id &id)
    {
        return AttachmentRepository(m_session->vault()).forOwner(id).value_or(QList<Attachment> {});
    }

    // A panel as its own active window, so shortcuts reach it as they would in the client.
    std::unique_ptr<FindingsPanel> showPanel(const Id &normId)
    {
        auto panel = std::make_unique<FindingsPanel>(*m_session);
        panel->setConfirm([](QWidget *, const QString &) { return true; });
        panel->resize(560, 760);
        panel->show();
        panel->activateWindow();
        if (!QTest::qWaitForWindowActive(panel.get()))
            qWarning("panel window not active");
        panel->showNorm(m_visit, normId);
        return panel;
    }

    QString writeFile(const QString &name, qint64 size)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(size, 'x'));
        return path;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    std::unique_ptr<VaultSession> m_session;
    Framework m_framework;
    Id m_visit;
    Id m_norm11;
    Id m_norm12;
    Id m_norm21;

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid() && m_files.isValid());
        m_session =
            std::make_unique<VaultSession>(m_dir.filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(m_session->create(passphrase()));
        Vault &vault = m_session->vault();
        Provider provider;
        provider.id = newId();
        provider.name = QStringLiteral("Zorggroep De Linde");
        QVERIFY(ProviderRepository(vault).add(provider));

        m_framework = test::sampleFramework();
        QVERIFY(FrameworkRepository(vault).add(m_framework));
        m_norm11 = FrameworkRepository::normId(m_framework.id, QStringLiteral("1.1"));
        m_norm12 = FrameworkRepository::normId(m_framework.id, QStringLiteral("1.2"));
        m_norm21 = FrameworkRepository::normId(m_framework.id, QStringLiteral("2.1"));

        Visit visit;
        visit.id = m_visit = newId();
        visit.providerId = provider.id;
        visit.frameworkId = m_framework.id;
        visit.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(VisitRepository(vault).add(visit));
    }

    void newFindingWithTheKeyboardIsSavedAsTyped()
    {
        auto panel = showPanel(m_norm11);
        QSignalSpy changed(panel.get(), &FindingsPanel::findingsChanged);
        auto *list = child<QListWidget>(panel.get(), "findingList");
        auto *text = child<QPlainTextEdit>(panel.get(), "findingText");
        QVERIFY(list && text);
        QCOMPARE(list->count(), 0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
        const Id id = panel->currentFindingId();
        QVERIFY(!id.isNull());
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(text->hasFocus());
        const Observation created = stored(id);
        QCOMPARE(created.visitId, m_visit);
        QCOMPARE(created.normIds, QList<Id> {m_norm11});
        QCOMPARE(created.authorId, m_session->vault().currentUserId());
        QCOMPARE(created.source, ObservationSource::Observed);
        QVERIFY(created.observedAt.isValid());

        const QString typed = QStringLiteral("De deur van de medicijnkamer stond open.");
        QTest::keyClicks(text, typed);
        QTRY_COMPARE(storedText(id), typed);
        QCOMPARE(list->count(), 1);
        QTRY_VERIFY(list->item(0)->text().startsWith(typed));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("me")));

        // Ctrl+Enter from inside the text starts the next finding.
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(panel->currentFindingId() != id);
        QCOMPARE(list->count(), 2);
        QCOMPARE(storedText(id), typed);
    }

    void sourceChangesWithTheKeyboard()
    {
        auto panel = showPanel(m_norm11);
        const Id id = panel->currentFindingId();
        QVERIFY(!id.isNull());
        auto *source = child<QComboBox>(panel.get(), "sourceCombo");
        source->setFocus();
        QTest::keyClick(source, Qt::Key_Home);
        QTest::keyClick(source, Qt::Key_Down);
        QCOMPARE(stored(id).source, ObservationSource::Document);
        QTest::keyClick(source, Qt::Key_Down);
        QCOMPARE(stored(id).source, ObservationSource::StaffConversation);
    }

    void linkToTwoNormsThenUnlinkToUnassigned()
    {
        auto panel = showPanel(m_norm11);
        QSignalSpy changed(panel.get(), &FindingsPanel::findingsChanged);
        auto *text = child<QPlainTextEdit>(panel.get(), "findingText");
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        const Id id = panel->currentFindingId();
        QTest::keyClicks(text, QStringLiteral("Zorgplan niet actueel"));

        QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = panel->findChild<LinkNormsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The text typed before is saved before the chooser opens.
        QCOMPARE(storedText(id), QStringLiteral("Zorgplan niet actueel"));
        auto *filter = child<QLineEdit>(dialog, "normFilter");
        auto *tree = child<QTreeWidget>(dialog, "normTree");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("1.2"));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        QCOMPARE(tree->currentItem()->data(0, LinkNormsDialog::IdRole).toUuid(), m_norm12);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(dialog->checkedNormIds(), (QList<Id> {m_norm11, m_norm12}));
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_VERIFY(!panel->findChild<LinkNormsDialog *>());
        QCOMPARE(stored(id).normIds, (QList<Id> {m_norm11, m_norm12}));
        QCOMPARE(changed.count(), 2); // created, linked
        QCOMPARE(panel->currentFindingId(), id);
        QVERIFY(child<QLabel>(panel.get(), "linkedNorms")->text().contains(QStringLiteral("1.2")));
        auto forNorm12 = ObservationRepository(m_session->vault()).forNorm(m_visit, m_norm12);
        QVERIFY(forNorm12 && forNorm12->size() == 1 && forNorm12->first().id == id);

        // Unlinking every norm makes it an unassigned finding.
        panel->linkNorms();
        dialog = panel->findChild<LinkNormsDialog *>();
        QVERIFY(dialog);
        dialog->setNormChecked(m_norm11, false);
        dialog->setNormChecked(m_norm12, false);
        QVERIFY(
            child<QLabel>(dialog, "linkSummary")->text().contains(QStringLiteral("unassigned")));
        dialog->accept();
        QTRY_VERIFY(stored(id).normIds.isEmpty());
        QCOMPARE(changed.count(), 3);
        // It left the list of norm 1.1 ...
        QVERIFY(panel->currentFindingId() != id);
        // ... and shows among the unassigned ones.
        panel->showNorm(m_visit, {});
        panel->selectFinding(id);
        QCOMPARE(panel->currentFindingId(), id);
        auto unassigned = ObservationRepository(m_session->vault()).unassigned(m_visit);
        QVERIFY(unassigned);
        QVERIFY(std::any_of(unassigned->cbegin(), unassigned->cend(),
                            [&](const Observation &o) { return o.id == id; }));
    }

    void quickCaptureKeepsTextOnEnterAndEsc()
    {
        const auto countUnassigned = [this] {
            return ObservationRepository(m_session->vault()).unassigned(m_visit).value().size();
        };
        const auto before = countUnassigned();
        {
            QuickCaptureDialog dialog(*m_session, m_visit);
            QSignalSpy captured(&dialog, &QuickCaptureDialog::captured);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *text = child<QPlainTextEdit>(&dialog, "captureText");
            QVERIFY(text->hasFocus());
            // Typed and sent at once: no autosave timer has had a chance to run.
            QTest::keyClicks(text, QStringLiteral("Bewoner zat zonder bel op de gang"));
            QTest::keyClick(text, Qt::Key_Return);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(captured.count(), 1);
            const Id id = captured.first().first().value<Id>();
            const Observation saved = stored(id);
            QCOMPARE(saved.text, QStringLiteral("Bewoner zat zonder bel op de gang"));
            QVERIFY(saved.normIds.isEmpty());
            QCOMPARE(saved.visitId, m_visit);
        }
        {
            QuickCaptureDialog dialog(*m_session, m_visit);
            QSignalSpy captured(&dialog, &QuickCaptureDialog::captured);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *text = child<QPlainTextEdit>(&dialog, "captureText");
            auto *source = child<QComboBox>(&dialog, "captureSource");
            QTest::keyClicks(text, QStringLiteral("Medicatielijst"));
            QTest::keyClick(text, Qt::Key_Return, Qt::ShiftModifier);
            QTest::keyClicks(text, QStringLiteral("niet afgetekend"));
            source->setCurrentIndex(source->findData(int(ObservationSource::FileStudy)));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(captured.count(), 1);
            const Observation saved = stored(captured.first().first().value<Id>());
            QCOMPARE(saved.text, QStringLiteral("Medicatielijst\nniet afgetekend"));
            QCOMPARE(saved.source, ObservationSource::FileStudy);
        }
        {
            // Esc on an empty dialog stores nothing.
            QuickCaptureDialog dialog(*m_session, m_visit);
            QSignalSpy captured(&dialog, &QuickCaptureDialog::captured);
            dialog.show();
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(captured.count(), 0);
        }
        QCOMPARE(countUnassigned(), before + 2);
    }

    void imageEvidenceIsStoredWithAThumbnail()
    {
        auto panel = showPanel(m_norm21);
        panel->addFinding();
        const Id id = panel->currentFindingId();
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(QColor(40, 120, 200));
        const QString path = m_files.filePath(QStringLiteral("gang-noord.png"));
        QVERIFY(image.save(path));
        EvidenceList &evidence = panel->evidenceList();
        QCOMPARE(evidence.addFiles({path}), 1);
        const QList<Attachment> attachments = evidenceOf(id);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().fileName, QStringLiteral("gang-noord.png"));
        QCOMPARE(attachments.first().mimeType, QStringLiteral("image/png"));
        QCOMPARE(evidence.count(), 1);
        const QIcon icon = evidence.item(0)->icon();
        QVERIFY(!icon.isNull());
        const QImage thumbnail = icon.pixmap(EvidenceList::ThumbnailSize).toImage();
        QCOMPARE(thumbnail.pixelColor(thumbnail.width() / 2, thumbnail.height() / 2),
                 QColor(40, 120, 200));

        // The explicit export writes exactly the stored bytes.
        const QString exported = m_files.filePath(QStringLiteral("export.png"));
        QVERIFY(evidence.exportTo(attachments.first().id, exported));
        QFile original(path), copy(exported);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // Removal asks first (the canned answer is yes) and takes it out of the vault.
        evidence.setCurrentRow(0);
        evidence.setFocus();
        QTest::keyClick(&evidence, Qt::Key_Delete);
        QVERIFY(evidenceOf(id).isEmpty());
        QCOMPARE(evidence.count(), 0);
    }

    void fileOverTheLimitIsRefused()
    {
        auto panel = showPanel(m_norm21);
        panel->addFinding();
        const Id id = panel->currentFindingId();
        EvidenceList &evidence = panel->evidenceList();
        evidence.setMaximumFileSize(1024 * 1024);
        const QString path = writeFile(QStringLiteral("rapport-2025.pdf"), 1536 * 1024);
        QCOMPARE(evidence.addFiles({path}), 0);
        QVERIFY(evidenceOf(id).isEmpty());
        auto *message = child<QLabel>(panel.get(), "evidenceMessage");
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("rapport-2025.pdf")) &&
                     message->text().contains(QStringLiteral("1 MB")),
                 qPrintable(message->text()));
    }

    void dropOfTwoFilesStoresTheGoodOne()
    {
        auto panel = showPanel(m_norm21);
        panel->addFinding();
        const Id id = panel->currentFindingId();
        EvidenceList &evidence = panel->evidenceList();
        evidence.setMaximumFileSize(1024 * 1024);
        const QString small = writeFile(QStringLiteral("notitie.txt"), 2000);
        const QString big = writeFile(QStringLiteral("opname.wav"), 2 * 1024 * 1024);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(small), QUrl::fromLocalFile(big)});
        const QPointF at(20, 20);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(evidence.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(evidence.viewport(), &drop);
        const QList<Attachment> attachments = evidenceOf(id);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().fileName, QStringLiteral("notitie.txt"));
        QCOMPARE(attachments.first().size, qint64(2000));
        QCOMPARE(evidence.count(), 1);
        const QString message = child<QLabel>(panel.get(), "evidenceMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("opname.wav")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("notitie.txt")));
    }

    void undoAfterAutosaveIsSavedToo()
    {
        auto panel = showPanel(m_norm21);
        auto *text = child<QPlainTextEdit>(panel.get(), "findingText");
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        const Id id = panel->currentFindingId();
        QTest::keyClicks(text, QStringLiteral("Sleutel lag"));
        QTRY_COMPARE(storedText(id), QStringLiteral("Sleutel lag"));
        QTest::keyClicks(text, QStringLiteral(" op de balie"));
        QTRY_COMPARE(storedText(id), QStringLiteral("Sleutel lag op de balie"));
        QVERIFY(text->document()->isUndoAvailable());
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        const QString undone = text->toPlainText();
        QVERIFY(undone != QStringLiteral("Sleutel lag op de balie"));
        QTRY_COMPARE(storedText(id), undone);
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text->toPlainText(), QStringLiteral("Sleutel lag op de balie"));
        QTRY_COMPARE(storedText(id), QStringLiteral("Sleutel lag op de balie"));
    }

    // A finished visit: findings and evidence can be read, not added, changed or removed.
    void readOnlyRefusesEveryChange()
    {
        auto panel = showPanel(m_norm21);
        panel->addFinding();
        const Id id = panel->currentFindingId();
        QVERIFY(!id.isNull());
        const qsizetype before =
            ObservationRepository(m_session->vault()).forNorm(m_visit, m_norm21)->size();
        panel->setReadOnly(true);
        auto *text = child<QPlainTextEdit>(panel.get(), "findingText");
        QVERIFY(text->isReadOnly());
        panel->addFinding();
        panel->removeFinding();
        QCOMPARE(ObservationRepository(m_session->vault()).forNorm(m_visit, m_norm21)->size(),
                 before);
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString path = m_files.filePath(QStringLiteral("na-afloop.png"));
        QVERIFY(image.save(path));
        QCOMPARE(panel->evidenceList().addFiles({path}), 0);
        QVERIFY(evidenceOf(id).isEmpty());
        panel->setReadOnly(false);
        QVERIFY(!text->isReadOnly());
        QCOMPARE(panel->evidenceList().addFiles({path}), 1);
    }

    void deleteRemovesFindingAndEvidence()
    {
        auto panel = showPanel(m_norm21);
        panel->addFinding();
        const Id id = panel->currentFindingId();
        QCOMPARE(panel->evidenceList().addFiles({writeFile(QStringLiteral("a.txt"), 10)}), 1);
        QString asked;
        panel->setConfirm([&asked](QWidget *, const QString &question) {
            asked = question;
            return true;
        });
        QSignalSpy changed(panel.get(), &FindingsPanel::findingsChanged);
        auto *list = child<QListWidget>(panel.get(), "findingList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(asked.contains(QStringLiteral("evidence")));
        QVERIFY(!ObservationRepository(m_session->vault()).find(id).value().has_value());
        QVERIFY(evidenceOf(id).isEmpty());
        QCOMPARE(changed.count(), 1);
        QVERIFY(panel->currentFindingId() != id);
    }

    void lockSavesTypingAndClears()
    {
        auto panel = showPanel(m_norm21);
        auto *text = child<QPlainTextEdit>(panel.get(), "findingText");
        panel->addFinding();
        const Id id = panel->currentFindingId();
        panel->textAutosave().setPause(std::chrono::milliseconds(60000));
        QTest::keyClicks(text, QStringLiteral("Laatste woorden voor het slot"));
        m_session->lock();
        QVERIFY(text->toPlainText().isEmpty());
        QCOMPARE(child<QListWidget>(panel.get(), "findingList")->count(), 0);
        QVERIFY(m_session->unlock(passphrase()));
        QCOMPARE(storedText(id), QStringLiteral("Laatste woorden voor het slot"));
    }

    // Not a check: renders the panel and its dialogs with the small demo data for a person to
    // look at.
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("SCHOUW_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set SCHOUW_SCREENSHOT_DIR to render the findings panel to PNG");
        QVERIFY(QDir().mkpath(directory));
        QTemporaryDir dir;
        VaultSession session(dir.filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(session.create(passphrase()));
        auto generated = DemoGenerator(session.vault(), DemoProfile::Small, 20260105).run();
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().detail));
        // The visit and norm with the most findings, as an inspector would have them.
        Id bestVisit, bestNorm;
        qsizetype most = 0;
        const auto providers = ProviderRepository(session.vault()).page(std::nullopt, 100000);
        QVERIFY(providers);
        for (const ProviderSummary &provider : *providers) {
            const auto visits = VisitRepository(session.vault()).forProvider(provider.id);
            for (const Visit &visit : visits.value_or(QList<Visit> {})) {
                QHash<Id, qsizetype> perNorm;
                const auto found = ObservationRepository(session.vault()).forVisit(visit.id);
                for (const Observation &o : found.value_or(QList<Observation> {}))
                    for (const Id &norm : o.normIds)
                        if (++perNorm[norm] > most) {
                            most = perNorm[norm];
                            bestVisit = visit.id;
                            bestNorm = norm;
                        }
            }
        }
        QVERIFY(!bestVisit.isNull());
        FindingsPanel panel(session);
        panel.resize(560, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showNorm(bestVisit, bestNorm);
        QImage image(1200, 900, QImage::Format_RGB32);
        image.fill(QColor(180, 160, 120));
        const QString photo = m_files.filePath(QStringLiteral("medicijnkamer.jpg"));
        QVERIFY(image.save(photo));
        panel.evidenceList().setMaximumFileSize(1024 * 1024);
        (void)panel.evidenceList().addFiles(
            {photo, writeFile(QStringLiteral("protocol-medicatie.pdf"), 4000),
             writeFile(QStringLiteral("opname-gesprek.ogg"), 2 * 1024 * 1024)});
        QTest::qWait(50);
        const QDir out(directory);
        QVERIFY(panel.grab().save(out.filePath(QStringLiteral("findings-panel.png"))));

        panel.linkNorms();
        auto *link = panel.findChild<LinkNormsDialog *>();
        QVERIFY(link);
        QVERIFY(QTest::qWaitForWindowExposed(link));
        QVERIFY(link->grab().save(out.filePath(QStringLiteral("link-norms.png"))));
        link->reject();

        QuickCaptureDialog capture(session, bestVisit);
        capture.show();
        QVERIFY(QTest::qWaitForWindowExposed(&capture));
        QTest::keyClicks(capture.findChild<QPlainTextEdit *>(QStringLiteral("captureText")),
                         QStringLiteral("Bewoner kamer 12 zat zonder bel"));
        QVERIFY(capture.grab().save(out.filePath(QStringLiteral("quick-capture.png"))));
        capture.reject();
        panel.clear();
        session.lock();
    }
};

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
