#include "commissioning/core/money.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/reported_amount.hpp"

namespace commissioning {

namespace {
[[noreturn]] void overflow() { throw std::overflow_error("money: amount out of range (more than £92 quadrillion)"); }
}  // namespace

Money Money::from_pounds(std::int64_t pounds) {
  const auto m = make_pounds(pounds);
  if (!m) overflow();
  return *m;
}
std::optional<Money> Money::make_pounds(std::int64_t pounds) noexcept {
  std::int64_t p{};
  if (__builtin_mul_overflow(pounds, std::int64_t{100}, &p)) return std::nullopt;
  return Money{p};
}
Money Money::operator+(Money o) const {
  std::int64_t p{};
  if (__builtin_add_overflow(pence_, o.pence_, &p)) overflow();
  return Money{p};
}
Money Money::operator-(Money o) const {
  std::int64_t p{};
  if (__builtin_sub_overflow(pence_, o.pence_, &p)) overflow();
  return Money{p};
}
Money Money::operator-() const {
  std::int64_t p{};
  if (__builtin_sub_overflow(std::int64_t{0}, pence_, &p)) overflow();
  return Money{p};
}
Money Money::operator*(std::int64_t n) const {
  std::int64_t p{};
  if (__builtin_mul_overflow(pence_, n, &p)) overflow();
  return Money{p};
}

std::string to_string(Money m) {
  const bool negative = m.pence() < 0;
  // Work in unsigned so that the most negative amount formats without overflow.
  const auto mag = negative ? 0u - static_cast<std::uint64_t>(m.pence()) : static_cast<std::uint64_t>(m.pence());
  std::string digits = fmt::format("{}", mag / 100);
  for (auto i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return fmt::format("{}£{}.{:02}", negative ? "-" : "", digits, mag % 100);
}

Money parse_money(std::string_view text) {
  return parse_reported_amount(text, MoneyUnit::Pounds).value();
}

}  // namespace commissioning
