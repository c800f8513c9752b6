#include "scoperules.h"

namespace schouw::server {

std::optional<EntityClass> entityClass(QStringView entity)
{
    if (entity == u"framework" || entity == u"team" || entity == u"user")
        return EntityClass::GlobalReference;
    if (entity == u"provider" || entity == u"location" || entity == u"risk_signal")
        return EntityClass::ProviderOffice;
    if (entity == u"visit" || entity == u"observation" || entity == u"interview" ||
        entity == u"judgement" || entity == u"signal_check" || entity == u"report" ||
        entity == u"review_comment" || entity == u"attachment")
        return EntityClass::Fieldwork;
    if (entity == u"audit_event")
        return EntityClass::Audit;
    return std::nullopt;
}

QString scopeField(QStringView entity)
{
    if (entity == u"visit" || entity == u"location" || entity == u"risk_signal")
        return QStringLiteral("provider_id");
    if (entity == u"observation" || entity == u"interview" || entity == u"judgement" ||
        entity == u"signal_check" || entity == u"report")
        return QStringLiteral("visit_id");
    if (entity == u"review_comment")
        return QStringLiteral("report_id");
    if (entity == u"attachment")
        return QStringLiteral("owner_id");
    return {};
}

QString parentEntity(QStringView entity)
{
    if (entity == u"visit" || entity == u"location" || entity == u"risk_signal")
        return QStringLiteral("provider");
    if (entity == u"observation" || entity == u"interview" || entity == u"judgement" ||
        entity == u"signal_check" || entity == u"report")
        return QStringLiteral("visit");
    if (entity == u"review_comment")
        return QStringLiteral("report");
    return {};
}

} // namespace schouw::server
