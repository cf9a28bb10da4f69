-- foreign_key/composite_add: a two-column foreign key is added
create table p (tenant integer, id integer, primary key (tenant, id));
create table c (tenant integer, id integer, p_id integer, constraint c_tenant_p_id_fkey foreign key (tenant, p_id) references p (tenant, id));
