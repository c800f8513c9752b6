#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace schouw {

// Every keyboard shortcut of the client in a two-column table (keys, what they do), grouped by
// where they work. Opened with F1.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group; // empty for an entry continuing the group above
        QString keys; // in the platform's native text
        QString action;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The list the dialog shows, translated.
    [[nodiscard]] static QList<Entry> entries();
};

} // namespace schouw
