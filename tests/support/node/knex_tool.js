// Drives the real knex (the version package.json pins) for the integration
// tests, against one database:
//
//   node knex_tool.js COMMAND URL MIGRATIONS_DIR
//
//   list      {"completed": [names], "pending": [names]}   knex.migrate.list()
//   latest    {"batch": N, "log": [names]}                 knex.migrate.latest()
//   rollback  {"batch": N, "log": [names]}                 knex.migrate.rollback()
//   lock      takes knex's lock as a knex run without transactions holds it
//             (committed is_locked = 1, Migrator._getLock outside a
//             transaction) and exits: what a running or crashed knex leaves
//   unlock    knex.migrate.forceFreeMigrationsLock() (knex migrate:unlock)
//
// KNEX_LOCK_TIMEOUT (milliseconds), when set, becomes lock_timeout on knex's
// connections, so knex gives up instead of waiting for a lock row that a
// running transaction holds. A failure prints {"error": message} and exits 1.
'use strict';

const path = require('path');
const knexFactory = require('knex');

// A libpq URL as the tests write them (postgresql://user:pass@host:port/db, or
// the socket directory and port in ?host=&port=) as node-postgres settings.
function connectionOf(url) {
  // WHATWG URLs refuse user info without a host ("postgres@/db").
  const parsed = new URL(url.replace(/@\//, '@localhost/'));
  const query = parsed.searchParams;
  return {
    host: query.get('host') || decodeURIComponent(parsed.hostname) || 'localhost',
    port: Number(query.get('port') || parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
  };
}

async function main() {
  const [command, url, dir] = process.argv.slice(2);
  if (!command || !url || !dir) {
    throw new Error('usage: node knex_tool.js list|latest|rollback|lock|unlock URL MIGRATIONS_DIR');
  }
  const lockTimeout = process.env.KNEX_LOCK_TIMEOUT;
  const knex = knexFactory({
    client: 'pg',
    connection: connectionOf(url),
    pool: {
      min: 0,
      max: 2,
      afterCreate: (connection, done) => {
        if (!lockTimeout) {
          done(null, connection);
          return;
        }
        connection.query(`set lock_timeout = ${Number(lockTimeout)}`, (error) => done(error, connection));
      },
    },
    migrations: { directory: path.resolve(dir) },
  });
  try {
    let out;
    if (command === 'list') {
      const [completed, pending] = await knex.migrate.list();
      out = {
        completed: completed.map((item) => (typeof item === 'string' ? item : item.name)),
        pending: pending.map((item) => item.file),
      };
    } else if (command === 'latest' || command === 'rollback') {
      const [batch, log] = await knex.migrate[command]();
      out = { batch, log };
    } else if (command === 'lock') {
      await knex.migrate.list();  // creates knex's tables when missing, as knex does
      await knex.migrate._getLock();
      out = { locked: true };
    } else if (command === 'unlock') {
      await knex.migrate.forceFreeMigrationsLock();
      out = { unlocked: true };
    } else {
      throw new Error(`unknown command ${command}`);
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  } finally {
    await knex.destroy();
  }
}

main().catch((error) => {
  process.stdout.write(JSON.stringify({ error: error.message }) + '\n');
  process.exit(1);
});
