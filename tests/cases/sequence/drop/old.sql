-- sequence/drop: a standalone sequence is dropped
create sequence counter;
select nextval('counter');
