#include "uistyle.h"

#include <QIcon>
#include <QLabel>
#include <QPalette>

namespace schouw::uistyle {

void makeTitle(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
}

void makeError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    label->setWordWrap(true);
    setMessage(label, label->text());
}

void makeSecondary(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QPixmap icon(const QString &name, int size, const QLabel *forLabel)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name))
        .pixmap(QSize(size, size), forLabel->devicePixelRatioF());
}

} // namespace schouw::uistyle
