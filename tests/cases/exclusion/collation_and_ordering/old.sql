-- exclusion/collation_and_ordering: btree exclusion constraints whose elements carry a collation, an operator class and DESC NULLS LAST are added
create table labels (id integer primary key, name text, code text);
insert into labels values (1, 'a', 'X1'), (2, 'b', null), (3, null, null);
