#pragma once
// Validation rules for programme documents.
#include <optional>
#include <span>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/programme/programme.hpp"

namespace commissioning::rules {

inline constexpr Rule programme_report_workstream_known{
    "programme.report.workstream-known", Severity::Error, "A highlight report names a workstream of the programme",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1719–1724: the bundle lists the six workstreams its reports cover"};
inline constexpr Rule programme_report_risk_links{
    "programme.report.risk-link-resolves", Severity::Error,
    "Every row of a report's new-risks table links to a risk in the programme's register",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1864–1878: the new-risk tables are the only register the pack has"};
inline constexpr Rule programme_report_has_status{
    "programme.report.has-status", Severity::Warning, "A highlight report gives its status RAG",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §2 R2: Status is RAG in every report"};
inline constexpr Rule programme_plan_ids_unique{
    "programme.plan.ids-unique", Severity::Error, "Milestone ids are unique within a plan and version",
    "Wolverhampton CCG primary care report, May 2017 (seed 001) L65, L170: '5.4' is reused across plans of one workstream, so ids are scoped per plan"};
inline constexpr Rule programme_plan_version_unique{
    "programme.plan.version-unique", Severity::Error, "A plan title and version appear once in a programme",
    "Wolverhampton CCG primary care report, May 2017 (seed 001) L73–L183: plans are cited by title and version (v13, V2.6, V11)"};
inline constexpr Rule programme_milestone_slipping{
    "programme.milestone.slipping", Severity::Warning,
    "A milestone not completed is not past the latest day its due date can mean",
    "Wolverhampton CCG primary care report, May 2017 (seed 001) L190–191: exception reports for milestones that slipped"};
inline constexpr Rule programme_assurance_follows_domains{
    "programme.assurance.follows-domains", Severity::Error,
    "A plan is stated fully assured only if every domain but the exempt ones is assured",
    "Dorset CCG primary care report, June 2017 (seed 004) L42: 'fully assured if all components, with the exception of online consultations, are assured'"};
inline constexpr Rule programme_target_interim_before_deadline{
    "programme.target.interim-before-deadline", Severity::Warning, "A target's interim steps fall before its deadline",
    "Dorset CCG primary care report, June 2017 (seed 004) L104: £3.34 a head by 2018/19, rising to £6 in 2019/20"};

std::span<const Rule* const> programme_rules() noexcept;

struct ProgrammeCheckOptions {
  std::optional<Date> as_of;  // defaults to the programme's as_of
};

// Checks the programme and, when it has one, its risk register (paths under "/risks").
ValidationReport validate(const Programme& p, const ProgrammeCheckOptions& options = {});

}  // namespace commissioning::rules
