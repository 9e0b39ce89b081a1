#pragma once
#include <string_view>

namespace commissioning {
inline constexpr std::string_view version = "0.1.0";
}
