#pragma once
// Errors raised when text cannot be read as a domain value. They name what was being read,
// the text, the position in it and why, so a committee secretary can find the typo.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace commissioning {

class ParseError : public std::runtime_error {
 public:
  ParseError(std::string_view kind, std::string_view input, std::size_t position,
             std::string reason);

  const std::string& kind() const noexcept { return kind_; }
  const std::string& input() const noexcept { return input_; }
  std::size_t position() const noexcept { return position_; }
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string kind_;
  std::string input_;
  std::size_t position_;
  std::string reason_;
};

// An error in a file or document: where (file, line, column or field path) and why.
class InputError : public std::runtime_error {
 public:
  InputError(std::string source, std::size_t line, std::string field, std::string reason);

  const std::string& source() const noexcept { return source_; }
  std::size_t line() const noexcept { return line_; }  // 0 when not line-oriented
  const std::string& field() const noexcept { return field_; }
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string source_;
  std::size_t line_;
  std::string field_;
  std::string reason_;
};

}  // namespace commissioning
