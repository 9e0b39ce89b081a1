#pragma once
// The documented weights format:
//   # source: <where the weights come from, or "illustrative: …">   (required)
//   sex,ages,weight
//   male,0-4,1.23
//   …
// sex is male, female or persons; ages a band as parse_age_band reads it ("0-4", "37", "95+").
#include <string>
#include <string_view>

#include "commissioning/io/source.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::io {

AgeSexWeights read_weights(std::string_view text, const std::string& source = "<weights>");
// Reads the rest of `in` (at most 16 MiB: more is refused, not read), named `source` in errors.
AgeSexWeights read_weights(ByteSource& in, const std::string& source);
AgeSexWeights read_weights_file(const std::string& path);  // "-" reads standard input; gzip and zip read
std::string write_weights(const AgeSexWeights& w);

}  // namespace commissioning::io
