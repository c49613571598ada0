import express, { ErrorRequestHandler, Request, RequestHandler, Response, Router } from 'express';
import { DataSource } from 'typeorm';
import { authenticate, requestAuth } from '../auth/authenticate';
import { Role, roleIncludes } from '../auth/role';
import { ActorType, Ingestion } from '../entities';
import { DEFAULT_LIMITS } from '../ingest/parse/limits';
import { IngestionService } from '../jobs/ingestion-service';
import { UserErrorCode, UserErrors } from '../store/user-errors';
import { sendError } from './http-guards';

/** The HTTP status of a refused submission, by its first user error. */
const STATUS: Partial<Record<UserErrorCode, number>> = {
  [UserErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [UserErrorCode.TOO_LARGE]: 413,
  [UserErrorCode.NOT_FOUND]: 404,
  [UserErrorCode.RATE_LIMITED]: 429,
};

/** The status of an ingestion as JSON: what GraphQL's `ingestion(id)` says, and where its draft is. */
function statusOf(ingestion: Ingestion) {
  return {
    id: ingestion.nodeId,
    status: ingestion.status,
    stage: ingestion.stage,
    progress: ingestion.progress,
    attempts: ingestion.attempts,
    errorCode: ingestion.errorCode,
    error: ingestion.error,
    warnings: ingestion.warnings,
    mediaType: ingestion.mediaType,
    byteLength: ingestion.byteLength,
    sha256: ingestion.sha256,
    submittedAt: ingestion.submittedAt,
    finishedAt: ingestion.finishedAt,
    draft: ingestion.draftSlug === null ? null : { controller: ingestion.draftSlug, version: ingestion.draftVersion },
  };
}

/** Curators and admins only: 401 without a key (authenticate refused a bad one already), 403 for a reader's. */
const curatorsOnly: RequestHandler = (_req, res, next) => {
  const { viewer } = requestAuth(res);
  if (!viewer)
    return sendError(res, 401, 'UNAUTHENTICATED', 'Send a curator’s API key: Authorization: Bearer <key>.', {
      'www-authenticate': 'Bearer',
    });
  if (!roleIncludes(viewer.role, Role.CURATOR))
    return sendError(
      res,
      403,
      'FORBIDDEN',
      `A ${viewer.role.toLowerCase()} key may not submit policies: use a curator’s.`,
    );
  next();
};

const param = (req: Request, name: string) =>
  typeof req.query[name] === 'string' ? (req.query[name] as string) : null;

async function submit(ingestions: IngestionService, req: Request, res: Response): Promise<void> {
  const { viewer } = requestAuth(res);
  const declared = req.headers['content-type'] ?? null;
  try {
    const ingestion = await ingestions.submit(
      { type: ActorType.KEY, id: viewer!.keyId, name: viewer!.name, role: viewer!.role, requestId: String(req.id) },
      {
        content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        // No type, or the generic one curl sends for --data-binary: told from the bytes.
        mediaType: declared && !/^application\/(octet-stream|x-www-form-urlencoded)\b/.test(declared) ? declared : null,
        sourceUrl: param(req, 'sourceUrl'),
        controller: param(req, 'controller'),
      },
    );
    res.status(202).location(`/ingestions/${ingestion.key}`).json(statusOf(ingestion));
  } catch (error) {
    if (!(error instanceof UserErrors)) throw error;
    const first = error.errors[0];
    res.status(STATUS[first.code] ?? 400).json({
      errors: error.errors.map((e) => ({ message: e.message, extensions: { code: e.code, field: e.field } })),
    });
  }
}

/**
 * The upload path for files (curl --data-binary @policy.pdf): `POST /ingestions` with the raw bytes and their
 * Content-Type (absent or application/octet-stream: told from the bytes), `?controller=<slug>` and `?sourceUrl=` as
 * submitPolicy's input, answers 202 with the ingestion and `Location: /ingestions/<key>`; `GET /ingestions/<key>`
 * answers its status. Curator keys only; bodies up to the PDF limit (10 MB). Same checks, same queue as submitPolicy.
 */
export function ingestionRouter(dataSource: DataSource, ingestions: IngestionService): Router {
  const router = express.Router();
  const body = express.raw({ type: () => true, limit: DEFAULT_LIMITS.maxPdfBytes });
  router.post('/ingestions', authenticate(dataSource), curatorsOnly, body, (req, res, next) => {
    submit(ingestions, req, res).catch(next);
  });
  router.get('/ingestions/:key', authenticate(dataSource), curatorsOnly, async (req, res, next) => {
    try {
      const key = req.params.key as string;
      const ingestion = /^[0-9a-f-]{36}$/.test(key) ? await dataSource.manager.findOneBy(Ingestion, { key }) : null;
      if (!ingestion) return sendError(res, 404, 'NOT_FOUND', `No ingestion ${JSON.stringify(key)}.`);
      res.set('cache-control', 'no-store').json(statusOf(ingestion));
    } catch (error) {
      next(error);
    }
  });
  router.use('/ingestions', ((error, _req, res, next) => {
    if (error?.type !== 'entity.too.large' || res.headersSent) return next(error);
    sendError(res, 413, 'TOO_LARGE', `The upload is larger than ${DEFAULT_LIMITS.maxPdfBytes} bytes (10 MB).`);
  }) as ErrorRequestHandler);
  return router;
}
