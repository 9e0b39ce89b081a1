#include "commissioning/core/parse_error.hpp"

#include <fmt/format.h>

#include "commissioning/core/text.hpp"

namespace commissioning {

ParseError::ParseError(std::string_view kind, std::string_view input, std::size_t position,
                       std::string reason)
    : std::runtime_error(fmt::format("cannot read {} as {} (at character {}): {}",
                                     text::quoted(input), kind, position + 1, reason)),
      kind_(kind), input_(input), position_(position), reason_(std::move(reason)) {}

namespace {
std::string where(const std::string& source, std::size_t line, const std::string& field) {
  std::string w = source.empty() ? std::string{"<input>"} : source;
  if (line != 0) w += fmt::format(":{}", line);
  if (!field.empty()) w += fmt::format(" [{}]", field);
  return w;
}
}  // namespace

InputError::InputError(std::string source, std::size_t line, std::string field, std::string reason)
    : std::runtime_error(text::printable(fmt::format("{}: {}", where(source, line, field), reason))),
      source_(std::move(source)), line_(line), field_(std::move(field)), reason_(text::printable(reason)) {}

}  // namespace commissioning
