-- not_null/swap_between_columns: one column becomes NOT NULL while another stops being so
create table t (a integer, b integer not null);
