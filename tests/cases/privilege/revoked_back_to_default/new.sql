-- privilege/revoked_back_to_default: privileges granted then all revoked leave an explicit ACL equal to the default (relacl not null): nothing to do
create table orders (id integer primary key, customer text not null, total numeric(10,2));
