select count(*) = 2 as t from "Tenant Data"."Order Notes" where "Note Body" in ('call back', 'ship friday');
