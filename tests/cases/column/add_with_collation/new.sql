-- column/add_with_collation: columns with C and POSIX collations are added
create table t (id integer primary key, code text collate "C", label varchar(20) collate "POSIX");
