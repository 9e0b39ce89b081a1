#pragma once
// Population input from Python objects rather than paths: binary file-like objects (read in
// chunks with the GIL released between them) and columns of arrays or a DataFrame (checked by
// the registrations file reader itself).
#include <string>

#include "bindings.hpp"
#include "commissioning/io/registrations.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::python {

// read_registrations and read_registrations_lenient: a path (sniffed, decompressed) or a
// binary file-like object (the same, from its bytes).
io::RegistrationsLoad read_population_input(const FileOrStream& from, bool lenient);
AgeSexWeights read_weights_input(const FileOrStream& from);

// PopulationTable.from_arrays: one value per row in each column, in the shape to_pandas()
// gives (any row order). Checked by the registrations reader: a refused row is a RowError.
struct ArrayColumns {
  py::object practice, ccg, ons_ccg, postcode, sex, age, patients;  // ccg, ons_ccg, postcode may be None
  std::string publication;
  Date extract_date;
  bool sub_icb_columns{false};
  std::string source;
};
PopulationTable table_from_arrays(const ArrayColumns& columns);
// PopulationTable.from_pandas: the columns of a DataFrame, its attrs for the table's publication,
// extract date and Sub-ICB flag (to_pandas() puts them there).
PopulationTable table_from_pandas(const py::object& frame, const std::string& source);

}  // namespace commissioning::python
