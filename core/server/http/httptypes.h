#pragma once

#include <QJsonObject>

#include <any>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The values the office service's HTTP engine (httpserver.h) hands to its routes and takes back.
// Plain data without Beast or Asio types, so route code does not depend on the engine.
namespace schouw::server {

// A request as known once its head has been read, before any body byte.
struct HttpHead
{
    std::string method; // "GET", "POST", ...
    std::string path; // without the query
    std::string query; // raw, after '?'
    std::vector<std::pair<std::string, std::string>> headers; // names lower-case
    std::string remoteAddress; // textual IP
    std::optional<std::uint64_t> contentLength;

    // The first header of that name, "" when absent.
    [[nodiscard]] std::string header(std::string_view lowerCaseName) const;
    // The first value of `key` in the query, percent-decoded ('+' is a space); nullopt when absent.
    [[nodiscard]] std::optional<std::string> queryValue(std::string_view key) const;
    // The token of "Authorization: Bearer <token>" (scheme case-insensitive), "" otherwise.
    [[nodiscard]] std::string bearerToken() const;
};

struct HttpRequest
{
    HttpHead head;
    std::string body;
};

struct HttpResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    // Extra response headers (the engine adds Content-Type, Content-Length, Cache-Control and the
    // server's common headers itself).
    std::vector<std::pair<std::string, std::string>> headers;

    // `object` as compact UTF-8 JSON.
    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": code, "message": message}; the message is English and must hold no secrets.
    static HttpResponse error(int status, std::string_view code, std::string_view message);
};

struct Route
{
    std::string method;
    std::string path; // exact match
    // A larger Content-Length: 413 before reading; a streamed (chunked) body cut at it: 413.
    std::size_t maxBodyBytes = 0;
    // Runs after the head is read, BEFORE any body byte is read. A response refuses the request
    // (the body is never read; the connection is closed if a body was announced). May keep what it
    // learned (the authenticated principal) in `state` for the handler. Runs on a worker thread and
    // may block; an exception gives 500.
    std::function<std::optional<HttpResponse>(const HttpHead &, std::any &state)> admit;
    // Runs on a worker thread (it may block on the store) with the whole body. An exception gives
    // 500 "internal"; the server keeps serving.
    std::function<HttpResponse(const HttpRequest &, std::any &state)> handle;
    // Whether the server's common headers (Schouw-Store-Id) go on this route's responses; the
    // health check leaves them out.
    bool withCommonHeaders = true;
};

// Percent-decoding as used for query strings ('+' is a space). A '%' not followed by two hex
// digits stays as it is.
[[nodiscard]] std::string percentDecode(std::string_view text);

} // namespace schouw::server
