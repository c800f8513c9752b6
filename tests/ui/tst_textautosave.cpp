#include "textautosave.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace schouw;
using namespace std::chrono_literals;

// TextAutosave on its own: what reaches the saver, and when. The saver here is a list, so the
// test sees every save; the vault side is covered by the findings, visit and crash tests.
class TestTextAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAfterAPauseInTyping()
    {
        QPlainTextEdit editor;
        TextAutosave autosave(&editor);
        QStringList saves;
        autosave.load(QStringLiteral("Begin"), [&](const QString &text) -> Status {
            saves << text;
            return {};
        });
        QVERIFY(saves.isEmpty()); // loading is not an edit
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral(" tekst"));
        QVERIFY(autosave.hasUnsavedText());
        QTRY_COMPARE(saves, QStringList {QStringLiteral("Begin tekst")});
        QVERIFY(!autosave.hasUnsavedText());
    }

    // Typing without pause must still be saved within a second of the first unsaved key.
    void continuousTypingIsSavedWithinTheMaximumDelay()
    {
        QPlainTextEdit editor;
        TextAutosave autosave(&editor);
        autosave.setPause(250ms);
        int saves = 0;
        autosave.load({}, [&](const QString &) -> Status {
            ++saves;
            return {};
        });
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 1600) {
            QTest::keyClick(&editor, Qt::Key_A);
            QTest::qWait(50); // faster than the pause, so only the maximum delay can save
        }
        QVERIFY2(saves >= 1, "a second of continuous typing was not saved");
    }

    void flushSavesAtOnceAndSwitchingRecordsFlushesFirst()
    {
        QLineEdit editor;
        TextAutosave autosave(&editor);
        QStringList first, second;
        autosave.load(QStringLiteral("a"), [&](const QString &text) -> Status {
            first << text;
            return {};
        });
        QTest::keyClicks(&editor, QStringLiteral("b"));
        autosave.load(QStringLiteral("x"), [&](const QString &text) -> Status {
            second << text;
            return {};
        });
        QCOMPARE(first, QStringList {QStringLiteral("ab")});
        QCOMPARE(editor.text(), QStringLiteral("x"));
        QTest::keyClicks(&editor, QStringLiteral("y"));
        QVERIFY(autosave.flush());
        QCOMPARE(second, QStringList {QStringLiteral("xy")});
        QVERIFY(second.size() == 1 && first.size() == 1);
    }

    // A refused save keeps the text in the field and marked unsaved; the next flush retries.
    void aFailedSaveIsRetriedAndNothingIsLost()
    {
        QPlainTextEdit editor;
        TextAutosave autosave(&editor);
        QSignalSpy failed(&autosave, &TextAutosave::saveFailed);
        bool refuse = true;
        QString stored;
        autosave.load({}, [&](const QString &text) -> Status {
            if (refuse)
                return fail(ErrorCode::VaultLocked, QStringLiteral("locked"), {});
            stored = text;
            return {};
        });
        QTest::keyClicks(&editor, QStringLiteral("bevinding"));
        QVERIFY(!autosave.flush());
        QCOMPARE(failed.count(), 1);
        QVERIFY(autosave.hasUnsavedText());
        QCOMPARE(editor.toPlainText(), QStringLiteral("bevinding"));
        refuse = false;
        QVERIFY(autosave.flush());
        QCOMPARE(stored, QStringLiteral("bevinding"));
    }

    // Saving never touches the document, so undo after a save still works, and is saved too.
    void undoSurvivesSaving()
    {
        QPlainTextEdit editor;
        TextAutosave autosave(&editor);
        QString stored;
        autosave.load({}, [&](const QString &text) -> Status {
            stored = text;
            return {};
        });
        QTest::keyClicks(&editor, QStringLiteral("eerst"));
        QVERIFY(autosave.flush());
        QTest::keyClicks(&editor, QStringLiteral(" dan"));
        QVERIFY(autosave.flush());
        QCOMPARE(stored, QStringLiteral("eerst dan"));
        editor.undo();
        QVERIFY(autosave.flush());
        QCOMPARE(stored, editor.toPlainText());
        QVERIFY(stored.size() < QStringLiteral("eerst dan").size());
    }

    void focusLossSaves()
    {
        QWidget window;
        auto *editor = new QPlainTextEdit(&window);
        auto *other = new QLineEdit(&window);
        TextAutosave autosave(editor);
        autosave.setPause(10s);
        QString stored;
        autosave.load({}, [&](const QString &text) -> Status {
            stored = text;
            return {};
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("notitie"));
        QVERIFY(stored.isEmpty());
        other->setFocus();
        QTRY_COMPARE(stored, QStringLiteral("notitie"));
    }

    void withoutASaverTheFieldIsReadOnly()
    {
        QPlainTextEdit editor;
        TextAutosave autosave(&editor);
        autosave.load(QStringLiteral("alleen lezen"), {});
        QVERIFY(editor.isReadOnly());
        autosave.clear();
        QVERIFY(editor.toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestTextAutosave)
#include "tst_textautosave.moc"
