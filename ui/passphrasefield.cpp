#include "passphrasefield.h"

#include <QLineEdit>

namespace schouw {

SecureBytes takePassphrase(QLineEdit *field)
{
    QString text = field->text();
    // setText() replaces the field's buffer without copying it and drops its undo history (clear()
    // would detach a copy first), so afterwards this function holds the only reference.
    field->setText(QString());
    SecureBytes bytes = SecureBytes::fromText(text);
    text.fill(QChar(u'\0'));
    return bytes;
}

} // namespace schouw
