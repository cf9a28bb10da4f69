-- partition/create_key_with_collation_and_opclass: a table partitioned by range on a text key with collation "C" and text_pattern_ops is created
create table directory_entries (
    surname text not null,
    given_name text,
    phone text
) partition by range (surname collate "C" text_pattern_ops);
create table directory_entries_a_m partition of directory_entries for values from ('A') to ('N');
create table directory_entries_n_z partition of directory_entries for values from ('N') to ('[');
