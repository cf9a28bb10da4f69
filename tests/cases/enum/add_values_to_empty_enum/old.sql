-- enum/add_values_to_empty_enum: an enum with no labels gains some
create type nothing_yet as enum ();
