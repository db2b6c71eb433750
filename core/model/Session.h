#pragma once

#include "model/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace carnet {

enum class SessionKind
{
    Evaluation, // entretien d'évaluation
    FollowUp,   // séance de suivi
    Private,    // outside the scheme (hors dispositif)
};

enum class SessionMode
{
    Office, // au cabinet
    Remote, // à distance (vidéo)
};

// One séance with a psychologist: a stored fact. Coverage is derived by the rules.
struct Session
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 practitionerId = 0;
    QDate date;
    SessionKind kind = SessionKind::FollowUp;
    SessionMode mode = SessionMode::Office;
    Cents feeCents = 0;    // what the psychologist charged
    Cents paidCents = 0;   // what the patient advanced (0 with tiers payant)
    qint64 referralId = 0; // the courrier this session relies on, 0 = none
    QString notes;

    friend bool operator==(const Session&, const Session&) = default;
};

QString sessionKindKey(SessionKind kind); // "evaluation", "followup", "private"
std::optional<SessionKind> sessionKindFromKey(const QString& key);
QString sessionModeKey(SessionMode mode); // "office", "remote"
std::optional<SessionMode> sessionModeFromKey(const QString& key);

} // namespace carnet
