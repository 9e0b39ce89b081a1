// Detecting and loading any JSON document, through the findings sink.
#include "commissioning/io/documents.hpp"

#include <fmt/format.h>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/io/csv_finance.hpp"
#include "commissioning/io/json_finance.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning::io {

namespace {

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

// Runs a conversion; any failure becomes a LoadError under core.input.document at its pointer.
template <class Convert>
AnyDocument convert(const Findings& findings, Convert&& c) {
  try {
    try {
      return c();
    } catch (const LoadError&) {
      throw;
    } catch (...) {
      rethrow_as_input_error(findings.source());
    }
  } catch (const LoadError&) {
    throw;
  } catch (const InputError& e) {
    findings.fail_at_pointer(rules::input_document, e.field(), e.reason());
  }
}

Json parse(std::string_view text, const Findings& findings) {
  try {
    return parse_json(text, findings.source());
  } catch (const InputError& e) {
    findings.fail(rules::input_not_json, e.line(), e.field(), e.reason());
  }
}

AnyDocument detect(const Json& j, const Findings& findings) {
  const auto& source = findings.source();
  json_detail::JsonPathScope root(j);  // errors name their JSON Pointer from here
  if (!j.is_object())
    findings.fail_at_pointer(rules::input_document, "", fmt::format("expected a document (a JSON object), found {}", j.type_name()));
  if (j.contains("kind")) {
    if (!j.at("kind").is_string()) findings.fail_at_pointer(rules::input_document, "/kind", "expected a string");
    const auto& kind = j.at("kind").get_ref<const std::string&>();
    if (kind == "meeting-pack" || kind == "committee" || kind == "action-log")
      return convert(findings, [&]() -> AnyDocument {
        return std::visit([](auto&& d) -> AnyDocument { return std::move(d); }, governance::read_document(j, source));
      });
    if (kind == "risk-register") return convert(findings, [&]() -> AnyDocument { return j.get<RiskRegister>(); });
    if (kind == "programme") return convert(findings, [&]() -> AnyDocument { return j.get<Programme>(); });
    if (kind == "population-table") return convert(findings, [&]() -> AnyDocument { return j.get<PopulationTable>(); });
    if (kind == "organisation-hierarchy")
      return convert(findings, [&]() -> AnyDocument { return j.get<OrganisationHierarchy>(); });
    if (kind == "age-sex-weights") return convert(findings, [&]() -> AnyDocument { return j.get<AgeSexWeights>(); });
  }
  if (j.contains("kind") || !(j.contains("entries") || j.contains("workstreams") || j.contains("memberships") ||
                              (j.contains("practices") && j.contains("sexes")) || (j.contains("bands") && j.contains("source")))) {
    finance::FinanceDocument kind{};
    try {
      kind = finance::detect_finance_document(j, source);
    } catch (const InputError& e) {
      findings.fail_at_pointer(
          rules::input_document, e.field(),
          j.contains("kind") ? fmt::format("unknown kind \"{}\" (expected meeting-pack, committee, action-log, budget-report, "
                                           "position-table, money-table, staffing-table, funding-stream, allocation, risk-register, "
                                           "programme, population-table, organisation-hierarchy or age-sex-weights)",
                                           j.at("kind").get<std::string>())
                             : std::string("not a document this library reads: no \"kind\", and not the shape of a risk "
                                           "register, programme, population table, hierarchy, weights or finance document"));
    }
    return convert(findings, [&]() -> AnyDocument {
      using FD = finance::FinanceDocument;
      switch (kind) {
        case FD::BudgetReport: return j.get<finance::BudgetReport>();
        case FD::PositionTable: return j.get<finance::PositionTable>();
        case FD::AmountTable: return j.get<finance::AmountTable>();
        case FD::StaffingTable: return j.get<finance::StaffingTable>();
        case FD::FundingStream: return j.get<finance::FundingStream>();
        case FD::Allocation: return j.get<finance::Allocation>();
      }
      return j.get<finance::BudgetReport>();
    });
  }
  return convert(findings, [&]() -> AnyDocument {
    if (j.contains("entries")) return j.get<RiskRegister>();
    if (j.contains("workstreams")) return j.get<Programme>();
    if (j.contains("memberships")) return j.get<OrganisationHierarchy>();
    if (j.contains("practices")) return j.get<PopulationTable>();
    return j.get<AgeSexWeights>();
  });
}

}  // namespace

std::string_view document_kind(const AnyDocument& d) noexcept {
  return std::visit(overloaded{[](const governance::MeetingPack&) { return std::string_view("meeting-pack"); },
                               [](const governance::Committee&) { return std::string_view("committee"); },
                               [](const governance::ActionLog&) { return std::string_view("action-log"); },
                               [](const finance::BudgetReport&) { return std::string_view("budget-report"); },
                               [](const finance::PositionTable&) { return std::string_view("position-table"); },
                               [](const finance::AmountTable&) { return std::string_view("money-table"); },
                               [](const finance::StaffingTable&) { return std::string_view("staffing-table"); },
                               [](const finance::FundingStream&) { return std::string_view("funding-stream"); },
                               [](const finance::Allocation&) { return std::string_view("allocation"); },
                               [](const RiskRegister&) { return std::string_view("risk-register"); },
                               [](const Programme&) { return std::string_view("programme"); },
                               [](const PopulationTable&) { return std::string_view("population-table"); },
                               [](const OrganisationHierarchy&) { return std::string_view("organisation-hierarchy"); },
                               [](const AgeSexWeights&) { return std::string_view("age-sex-weights"); }},
                    d);
}

DocumentLoad read_any_document(const Json& j, const std::string& source, const LoadOptions& options) {
  Findings findings(source, options);
  DocumentLoad out{detect(j, findings), {}};
  if (const auto* table = std::get_if<PopulationTable>(&out.document)) {
    ValidationReport checks;
    rules::check(*table, "", checks);
    for (const auto& d : checks.diagnostics()) findings.apply(d);
  }
  out.report = findings.take();
  return out;
}

DocumentLoad read_any_document_text(std::string_view text, const std::string& source, const LoadOptions& options) {
  const Findings findings(source, options);
  return read_any_document(parse(text, findings), source, options);
}

DocumentLoad read_any_document_file(const std::string& path, const LoadOptions& options) {
  return read_any_document_text(read_text_file(path), path, options);
}

std::vector<DocumentLoad> read_documents_file(const std::string& path, const LoadOptions& options) {
  const auto text = read_text_file(path);
  const Findings findings(path, options);
  const auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  std::vector<DocumentLoad> out;
  if (first != std::string::npos && (text[first] == '{' || text[first] == '[')) {
    const auto j = parse(text, findings);
    if (j.is_array()) {
      for (std::size_t i = 0; i < j.size(); ++i) {
        try {
          out.push_back(read_any_document(j[i], path, options));
        } catch (const LoadError& e) {  // the place within the array
          throw LoadError(e.rule_id(), e.source(), 0, fmt::format("/{}{}", i, e.field()), e.reason());
        }
      }
    } else {
      out.push_back(read_any_document(j, path, options));
    }
    return out;
  }
  try {
    out.push_back(DocumentLoad{finance::budget_report_from_csv(text, path), {}});
  } catch (const LoadError&) {
    throw;
  } catch (const InputError& e) {
    findings.fail(rules::input_csv_row, e.line(), e.field(), e.reason());
  }
  return out;
}

}  // namespace commissioning::io
