-- exclusion/opclass_changed: an exclusion constraint keeps its name, element and operator; only the element's operator class changes (text_pattern_ops to the default): drop and add
create table vouchers (id integer primary key, code text not null, constraint vouchers_code_excl exclude using btree (code text_pattern_ops with =));
insert into vouchers values (1, 'SPRING'), (2, 'SUMMER');
