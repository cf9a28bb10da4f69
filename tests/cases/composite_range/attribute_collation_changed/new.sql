-- an attribute of a composite type no table uses gets COLLATE "C"
create type person_name as (given text, family text collate "C");
