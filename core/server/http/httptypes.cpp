#include "server/http/httptypes.h"

#include <QJsonDocument>

#include <algorithm>

namespace schouw::server {

namespace {

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return lowerAscii(x) == lowerAscii(y);
           });
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::string percentDecode(std::string_view text)
{
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            decoded.push_back(' ');
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
                   hexValue(text[i + 2]) >= 0) {
            decoded.push_back(
                static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            decoded.push_back(c);
        }
    }
    return decoded;
}

std::string HttpHead::header(std::string_view lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

std::optional<std::string> HttpHead::queryValue(std::string_view key) const
{
    std::string_view rest = query;
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view {} : rest.substr(amp + 1);
        if (pair.empty())
            continue;
        const std::size_t eq = pair.find('=');
        const std::string_view name = pair.substr(0, eq);
        if (percentDecode(name) != key)
            continue;
        return eq == std::string_view::npos ? std::string {} : percentDecode(pair.substr(eq + 1));
    }
    return std::nullopt;
}

std::string HttpHead::bearerToken() const
{
    const std::string value = header("authorization");
    const std::string_view text = trimmed(value);
    constexpr std::string_view scheme = "bearer";
    if (text.size() <= scheme.size() ||
        !equalsIgnoringCase(text.substr(0, scheme.size()), scheme) ||
        (text[scheme.size()] != ' ' && text[scheme.size()] != '\t'))
        return {};
    return std::string(trimmed(text.substr(scheme.size())));
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    return response;
}

HttpResponse HttpResponse::error(int status, std::string_view code, std::string_view message)
{
    QJsonObject object;
    object.insert(QStringLiteral("error"),
                  QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())));
    object.insert(QStringLiteral("message"),
                  QString::fromUtf8(message.data(), static_cast<qsizetype>(message.size())));
    return json(status, object);
}

} // namespace schouw::server
