-- privilege/sequence_usage: USAGE on a sequence (nextval, currval) is granted to one role
create sequence invoice_no start 1000;
