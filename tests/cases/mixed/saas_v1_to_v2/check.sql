select count(*) = 1 as t from users u join tenants t on t.id = u.tenant_id where u.email = 'a@acme' and u.role = 'member';
