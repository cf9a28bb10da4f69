-- exclusion/spgist_method: an SP-GiST exclusion constraint (during with &&) is added to a table of non-overlapping maintenance windows
create table maintenance_windows (id integer primary key, during tstzrange not null, constraint maintenance_windows_no_overlap exclude using spgist (during with &&));
