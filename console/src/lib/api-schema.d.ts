/** Generated from /openapi.json by `npm run console:client`; do not edit. */
export interface paths {
    "/api/v1/analytics/department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's dashboard: questions per day, answered / fallback / blocked / handoff rates, open and overdue handoffs, feedback, model usage against quota */
        get: {
            parameters: {
                query?: {
                    /** @description The period: the last N days */
                    days?: number;
                    /** @description Platform admins: any department; others: their own only. Default: your own */
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: number;
                            days: number;
                            departmentId: string;
                            feedback: {
                                down: number;
                                up: number;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            from: string;
                            handoffs: {
                                /** @description Not closed, now */
                                open: number;
                                openedInPeriod: number;
                                /** @description Still owed a reply past the due-by time, now */
                                overdue: number;
                            };
                            /** @description `handoff`: staff cases opened */
                            outcomes: {
                                answered: number;
                                blocked: number;
                                fallback: number;
                                handoff: number;
                            };
                            perDay: {
                                answered: number;
                                blocked: number;
                                /** @description YYYY-MM-DD, Hong Kong time */
                                date: string;
                                fallback: number;
                                handoff: number;
                                questions: number;
                            }[];
                            /** @description Questions answered by any bot of the department (assistant turns) */
                            questions: number;
                            /** @description Each outcome's share of the questions (0–1, three decimals) */
                            rates: {
                                answered: number;
                                blocked: number;
                                fallback: number;
                                handoff: number;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            to: string;
                            /** @description Model usage against quota: only for roles with `usage:read`, else null */
                            usage: {
                                month: {
                                    /** @description YYYY-MM, Hong Kong time */
                                    month: string;
                                    /** @description Calls admitted this month */
                                    requests: number;
                                    /** @description The department-wide monthly quota; null: unlimited */
                                    requestsLimit: number | null;
                                    tokens: number;
                                    tokensLimit: number | null;
                                };
                                perDay: {
                                    calls: number;
                                    date: string;
                                    tokens: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    /** @description nextCursor of the previous page */
                    cursor?: number;
                    /** @description Platform admins only; others always see their own department */
                    departmentId?: string;
                    entityId?: string;
                    entityType?: string;
                    /** @description ISO 8601 date-time */
                    from?: string;
                    limit?: number;
                    /** @description ISO 8601 date-time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string;
                                actorRole: string;
                                after: unknown;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                at: string;
                                before: unknown;
                                departmentId: string | null;
                                entityId: string | null;
                                entityType: string;
                                hash: string;
                                prevHash: string;
                                requestId: string | null;
                                seq: number;
                            }[];
                            nextCursor: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the whole hash chain and name the first broken entry; check it against the signed checkpoints outside the database (anchor) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Truncation and rewinds are visible only here */
                            anchor: {
                                /** @description False when this node writes no checkpoints, or has no key yet */
                                anchored: boolean;
                                checkpoints?: number;
                                latest?: {
                                    at: string;
                                    seq: number;
                                } | null;
                                ok: boolean;
                                /** @enum {string} */
                                problem?: "unreadable" | "signature" | "truncated" | "rewritten";
                                reason?: string;
                                seq?: number;
                            };
                            entries: number;
                            firstBrokenSeq?: number;
                            headHash?: string;
                            /** @description The chain is intact and agrees with the anchor */
                            ok: boolean;
                            reason?: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's bots */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description When the latest version was made or the bot last published or unpublished
                                 */
                                changedAt: string;
                                departmentId: string;
                                id: string;
                                /** @enum {string} */
                                latestStatus: "draft" | "published" | "superseded";
                                latestVersion: number;
                                /** @description The latest version's name */
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                publishedVersion: number | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a bot (a draft until published) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A bot configuration */
                        config: {
                            /**
                             * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                             * @default extractive
                             * @enum {string}
                             */
                            answerMode?: "extractive" | "generative";
                            /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                            disclosure: {
                                /** @description English */
                                en: string;
                                /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                zh: string;
                            };
                            /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                            fallback: {
                                /** @description English */
                                en: string;
                                /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                zh: string;
                            };
                            /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                            greeting: {
                                /** @description English */
                                en: string;
                                /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                zh: string;
                            };
                            /**
                             * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                             * @default null
                             */
                            guardPolicy?: {
                                context?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict?: "suspicious" | "phishing";
                                    };
                                };
                                input?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict?: "suspicious" | "phishing";
                                    };
                                };
                                output?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict?: "suspicious" | "phishing";
                                    };
                                };
                            } | null;
                            /**
                             * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                             * @default [
                             *       "zh-Hant",
                             *       "zh-Hans",
                             *       "en"
                             *     ]
                             */
                            languages?: ("zh-Hant" | "zh-Hans" | "en")[];
                            /**
                             * @description Required for generative bots: which provider and model the gateway calls. Default: null
                             * @default null
                             */
                            model?: {
                                /** @description A model the department’s allow-list names for that provider */
                                model: string;
                                /** @description A provider name registered in the model gateway */
                                provider: string;
                            } | null;
                            /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                            name: {
                                /** @description English */
                                en: string;
                                /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                zh: string;
                            };
                            /**
                             * @description Anonymous questions per client address per minute (published bots). Default: 30
                             * @default 30
                             */
                            publicRatePerMinute?: number;
                            /**
                             * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                             * @default []
                             */
                            sourceIds?: string[];
                            /**
                             * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                             * @default 0.35
                             */
                            threshold?: number;
                        };
                        /** Format: uuid */
                        departmentId?: string;
                        id: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            id: string;
                            latest: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            };
                            published: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            } | null;
                            publishedVersion: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bot with its published and latest versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            id: string;
                            latest: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            };
                            published: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            } | null;
                            publishedVersion: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a bot: makes a new draft version (published versions never change) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            /** @description A change to a bot configuration: the fields given replace the current ones */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                         * @enum {string}
                         */
                        answerMode?: "extractive" | "generative";
                        /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                        disclosure?: {
                            /** @description English */
                            en: string;
                            /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                            zh: string;
                        };
                        /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                        fallback?: {
                            /** @description English */
                            en: string;
                            /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                            zh: string;
                        };
                        /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                        greeting?: {
                            /** @description English */
                            en: string;
                            /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                            zh: string;
                        };
                        /** @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null */
                        guardPolicy?: {
                            context?: {
                                grounding?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    minSupport?: number;
                                };
                                injection?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    threshold?: number;
                                };
                                pii?: {
                                    /** @enum {string} */
                                    action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                    minConfidence?: number;
                                    types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                };
                                urls?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    /**
                                     * @default phishing
                                     * @enum {string}
                                     */
                                    minVerdict?: "suspicious" | "phishing";
                                };
                            };
                            input?: {
                                grounding?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    minSupport?: number;
                                };
                                injection?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    threshold?: number;
                                };
                                pii?: {
                                    /** @enum {string} */
                                    action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                    minConfidence?: number;
                                    types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                };
                                urls?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    /**
                                     * @default phishing
                                     * @enum {string}
                                     */
                                    minVerdict?: "suspicious" | "phishing";
                                };
                            };
                            output?: {
                                grounding?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    minSupport?: number;
                                };
                                injection?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    threshold?: number;
                                };
                                pii?: {
                                    /** @enum {string} */
                                    action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                    minConfidence?: number;
                                    types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                };
                                urls?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    /**
                                     * @default phishing
                                     * @enum {string}
                                     */
                                    minVerdict?: "suspicious" | "phishing";
                                };
                            };
                        } | null;
                        /** @description Languages the bot answers in; a question in another is answered in the first. Default: all three */
                        languages?: ("zh-Hant" | "zh-Hans" | "en")[];
                        /** @description Required for generative bots: which provider and model the gateway calls. Default: null */
                        model?: {
                            /** @description A model the department’s allow-list names for that provider */
                            model: string;
                            /** @description A provider name registered in the model gateway */
                            provider: string;
                        } | null;
                        /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                        name?: {
                            /** @description English */
                            en: string;
                            /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                            zh: string;
                        };
                        /** @description Anonymous questions per client address per minute (published bots). Default: 30 */
                        publicRatePerMinute?: number;
                        /** @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots */
                        sourceIds?: string[];
                        /** @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35 */
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            id: string;
                            latest: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            };
                            published: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            } | null;
                            publishedVersion: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/bots/{botId}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questions and outcomes per day, feedback by rating and reason, unanswered questions grouped by meaning, feedback comments with their turns */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Feedback with a comment, newest first (50), with the question and answer it is about */
                            comments: {
                                answer: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                at: string;
                                comment: string;
                                outcome: string | null;
                                question: string | null;
                                /** @enum {string} */
                                rating: "up" | "down";
                                reasons: string[];
                            }[];
                            /** @description Every day of the period, oldest first, days without questions included */
                            days: {
                                /** @description A Hong Kong calendar day (UTC+8), YYYY-MM-DD */
                                date: string;
                                /** @description Answers by outcome; `handoff` counts the staff cases the bot opened */
                                outcomes: {
                                    answered: number;
                                    blocked: number;
                                    fallback: number;
                                    handoff: number;
                                };
                                questions: number;
                                /** @description Each outcome's share of the day's questions (0–1) */
                                rates: {
                                    answered: number;
                                    blocked: number;
                                    fallback: number;
                                    handoff: number;
                                };
                            }[];
                            feedback: {
                                down: number;
                                reasons: {
                                    [key: string]: number;
                                };
                                up: number;
                            };
                            /** @description Answers by outcome; `handoff` counts the staff cases the bot opened */
                            outcomes: {
                                answered: number;
                                blocked: number;
                                fallback: number;
                                handoff: number;
                            };
                            /** @description Questions asked in the period */
                            questions: number;
                            recentUnanswered: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                at: string;
                                question: string;
                            }[];
                            /** @description Questions the bot could not answer, grouped by meaning, most asked first (top 20) */
                            unansweredGroups: {
                                /** @description Unanswered questions in the group */
                                count: number;
                                /** @description The phrasing asked most often */
                                label: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                lastAskedAt: string;
                                /** @description Its phrasings, most common first */
                                phrasings: {
                                    count: number;
                                    text: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/ask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a published bot (anyone; anonymous callers are rate-limited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The citizen wants a person: accepts the offer made after a question the bot could not answer, or asks outright. A case opens; its reference and check code are in `handoff` (the code only this once). */
                        acceptHandoff?: boolean;
                        /** @description A phone number or e-mail for a callback, with `acceptHandoff`: kept encrypted for the handling officer */
                        contact?: string;
                        /** @enum {string} */
                        language?: "zh-Hant" | "zh-Hans" | "en";
                        question: string;
                        /** Format: uuid */
                        sessionId?: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string;
                            citations: {
                                entryId: string;
                                excerpt: string;
                                n: number;
                                page: number | null;
                                sourceId: string;
                                title: string;
                                url: string | null;
                            }[];
                            confidence: number;
                            handoff: {
                                /** @description Shown only in this answer: with the reference it shows the reply on any device */
                                checkCode: string;
                                reference: string;
                            } | null;
                            /** @enum {string} */
                            language: "zh-Hant" | "zh-Hans" | "en";
                            messageId: string;
                            /** @enum {string} */
                            outcome: "answered" | "fallback" | "blocked" | "small_talk" | "handoff" | "background";
                            sessionId: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/ask/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask, streamed as server-sent events: `meta`, then `delta` pieces of the answer, then `done` with the full result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The citizen wants a person: accepts the offer made after a question the bot could not answer, or asks outright. A case opens; its reference and check code are in `handoff` (the code only this once). */
                        acceptHandoff?: boolean;
                        /** @description A phone number or e-mail for a callback, with `acceptHandoff`: kept encrypted for the handling officer */
                        contact?: string;
                        /** @enum {string} */
                        language?: "zh-Hant" | "zh-Hans" | "en";
                        question: string;
                        /** Format: uuid */
                        sessionId?: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) naming the field and reason */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/evaluation-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** How often the bot's required suites run on their own (null: on demand only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Hours between scheduled runs, 1 to 8784; null: none */
                        intervalHours: number | null;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string;
                            intervalHours: number | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bot's evaluation runs, newest first: its history */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    suiteId?: "attacks" | "fairness" | "golden-qa" | "pii-leakage" | "robustness" | "moonshot-cbbq-lite" | "moonshot-cyberseceval-cn";
                };
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                botId: string;
                                /** @description The bot version evaluated (its latest when the run started) */
                                botVersion: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                error: string | null;
                                finishedAt: string | null;
                                grade: ("A" | "B" | "C" | "D" | "E") | null;
                                id: string;
                                itemCount: number;
                                jobId: string | null;
                                passedCount: number;
                                passThreshold: number;
                                /** @description Share of items passed, 0–100 */
                                score: number | null;
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "passed" | "failed" | "error";
                                suiteId: string;
                                suiteVersion: number;
                                /** @enum {string} */
                                trigger: "on_demand" | "schedule";
                                triggeredBy: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Run a suite against the bot's latest version: queued as a job (202); poll the run or the job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A suite of GET /api/v1/evaluations/suites
                         * @enum {string}
                         */
                        suiteId: "attacks" | "fairness" | "golden-qa" | "pii-leakage" | "robustness" | "moonshot-cbbq-lite" | "moonshot-cyberseceval-cn";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                id: string;
                                status: string;
                            };
                            run: {
                                botId: string;
                                /** @description The bot version evaluated (its latest when the run started) */
                                botVersion: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                error: string | null;
                                finishedAt: string | null;
                                grade: ("A" | "B" | "C" | "D" | "E") | null;
                                id: string;
                                itemCount: number;
                                jobId: string | null;
                                passedCount: number;
                                passThreshold: number;
                                /** @description Share of items passed, 0–100 */
                                score: number | null;
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "passed" | "failed" | "error";
                                suiteId: string;
                                suiteVersion: number;
                                /** @enum {string} */
                                trigger: "on_demand" | "schedule";
                                triggeredBy: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thumbs up or down on an answer, with reasons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** Format: uuid */
                        messageId: string;
                        /** @enum {string} */
                        rating: "up" | "down";
                        reasons?: ("incorrect" | "unclear" | "outdated" | "incomplete" | "not_relevant" | "other")[];
                        /** Format: uuid */
                        sessionId: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the bot's latest version, draft or not, over published knowledge; nothing is recorded (no conversation, case or audit entry) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Answer in this language (default: the question’s)
                         * @enum {string}
                         */
                        language?: "zh-Hant" | "zh-Hans" | "en";
                        /** @description What a citizen might ask */
                        question: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string;
                            citations: {
                                entryId: string;
                                excerpt: string;
                                n: number;
                                page: number | null;
                                sourceId: string;
                                title: string;
                                url: string | null;
                            }[];
                            confidence: number;
                            /** @description The guard's findings on the question (input), retrieved passages (context) and answer (output) */
                            guard: {
                                action: string;
                                code: string;
                                reasons: string[];
                                /** @enum {string} */
                                stage: "input" | "context" | "output";
                            }[];
                            handoff: {
                                /** @description Shown only in this answer: with the reference it shows the reply on any device */
                                checkCode: string;
                                reference: string;
                            } | null;
                            /** @enum {string} */
                            language: "zh-Hant" | "zh-Hans" | "en";
                            /** @enum {string} */
                            outcome: "answered" | "fallback" | "blocked" | "small_talk" | "handoff" | "background";
                            /** @description The passages retrieval found for the question (top 5, best first), whether used or not */
                            passages: {
                                /** @description 0–1; the bot answers from the first when it reaches the threshold */
                                confidence: number;
                                entryId: string;
                                excerpt: string;
                                sourceId: string;
                                title: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published" | "superseded";
                            /** @description The bot version that answered: the latest, draft or published */
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the widget shows of a published bot (anyone) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disclosure: {
                                en: string;
                                zh: string;
                            };
                            fallback: {
                                en: string;
                                zh: string;
                            };
                            greeting: {
                                en: string;
                                zh: string;
                            };
                            id: string;
                            languages: ("zh-Hant" | "zh-Hans" | "en")[];
                            name: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the latest draft version, if it passes the go-live gate
         * @description The go-live gate (docs/governance.md) judges the version being published: a refusal is 409 with `conditions`, every unmet condition with what was found and what to do, in English and Chinese
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            id: string;
                            latest: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            };
                            published: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            } | null;
                            publishedVersion: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details: the go-live gate refused, listing every unmet condition */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bots/{botId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the bot from citizens (none of its versions is served until one is published again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    botId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            id: string;
                            latest: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            };
                            published: {
                                /** @description A bot configuration */
                                config: {
                                    /**
                                     * @description `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages through the model gateway (needs `model`). Default: extractive
                                     * @default extractive
                                     * @enum {string}
                                     */
                                    answerMode: "extractive" | "generative";
                                    /** @description Shown with every conversation: the citizen is talking to AI, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    disclosure: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The human channel offered whenever the bot cannot answer, e.g. "call 1823", in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    fallback: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /** @description The first thing the bot says in a conversation, in 繁體中文 (zh) and English (en); up to 500 characters each */
                                    greeting: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Overrides the department’s guard policy for this bot; null: the department’s. Default: null
                                     * @default null
                                     */
                                    guardPolicy: {
                                        context?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        input?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                        output?: {
                                            grounding?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                minSupport?: number;
                                            };
                                            injection?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                threshold?: number;
                                            };
                                            pii?: {
                                                /** @enum {string} */
                                                action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                                minConfidence?: number;
                                                types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                            };
                                            urls?: {
                                                /** @enum {string} */
                                                action: "block" | "warn" | "log";
                                                /**
                                                 * @default phishing
                                                 * @enum {string}
                                                 */
                                                minVerdict: "suspicious" | "phishing";
                                            };
                                        };
                                    } | null;
                                    /**
                                     * @description Languages the bot answers in; a question in another is answered in the first. Default: all three
                                     * @default [
                                     *       "zh-Hant",
                                     *       "zh-Hans",
                                     *       "en"
                                     *     ]
                                     */
                                    languages: ("zh-Hant" | "zh-Hans" | "en")[];
                                    /**
                                     * @description Required for generative bots: which provider and model the gateway calls. Default: null
                                     * @default null
                                     */
                                    model: {
                                        /** @description A model the department’s allow-list names for that provider */
                                        model: string;
                                        /** @description A provider name registered in the model gateway */
                                        provider: string;
                                    } | null;
                                    /** @description The bot’s name, shown to citizens, in 繁體中文 (zh) and English (en); up to 100 characters each */
                                    name: {
                                        /** @description English */
                                        en: string;
                                        /** @description 繁體中文 (served as Simplified to zh-Hans askers) */
                                        zh: string;
                                    };
                                    /**
                                     * @description Anonymous questions per client address per minute (published bots). Default: 30
                                     * @default 30
                                     */
                                    publicRatePerMinute: number;
                                    /**
                                     * @description Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots
                                     * @default []
                                     */
                                    sourceIds: string[];
                                    /**
                                     * @description Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35
                                     * @default 0.35
                                     */
                                    threshold: number;
                                };
                                createdBy: string;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "superseded";
                                version: number;
                            } | null;
                            publishedVersion: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments the caller can see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                corsOrigins: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @description Hours to reply to a handoff case, from opening or referral */
                                handoffSlaHours: number;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        corsOrigins?: string[];
                        /** @description Hours to reply to a handoff case (its SLA), from opening or referral; default 48 */
                        handoffSlaHours?: number;
                        nameEn: string;
                        nameZh: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            corsOrigins: string[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            /** @description Hours to reply to a handoff case, from opening or referral */
                            handoffSlaHours: number;
                            id: string;
                            nameEn: string;
                            nameZh: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One department */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            corsOrigins: string[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            /** @description Hours to reply to a handoff case, from opening or referral */
                            handoffSlaHours: number;
                            id: string;
                            nameEn: string;
                            nameZh: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, set CORS origins, archive (platform admin) a department */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        corsOrigins?: string[];
                        /** @description Hours to reply to a handoff case (its SLA), from opening or referral; default 48 */
                        handoffSlaHours?: number;
                        nameEn?: string;
                        nameZh?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            corsOrigins: string[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            /** @description Hours to reply to a handoff case, from opening or referral */
                            handoffSlaHours: number;
                            id: string;
                            nameEn: string;
                            nameZh: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evaluation run with every item: prompt, answer, verdict and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string;
                            /** @description The bot version evaluated (its latest when the run started) */
                            botVersion: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            error: string | null;
                            finishedAt: string | null;
                            grade: ("A" | "B" | "C" | "D" | "E") | null;
                            id: string;
                            itemCount: number;
                            items: {
                                answer: string;
                                category: string;
                                citations: string[];
                                expected: string | null;
                                itemId: string;
                                language: string;
                                ordinal: number;
                                outcome: string;
                                prompt: string;
                                reason: string;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                            }[];
                            jobId: string | null;
                            passedCount: number;
                            passThreshold: number;
                            /** @description Share of items passed, 0–100 */
                            score: number | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "passed" | "failed" | "error";
                            suiteId: string;
                            suiteVersion: number;
                            /** @enum {string} */
                            trigger: "on_demand" | "schedule";
                            triggeredBy: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/suites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation suites (Moonshot shape: datasets, prompt templates, metric, grading scale A–E) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                datasets: string[];
                                description: {
                                    en: string;
                                    "zh-Hant": string;
                                };
                                /** @description Moonshot bands: grade → [low, high] */
                                gradingScale: {
                                    [key: string]: [
                                        number,
                                        number
                                    ];
                                };
                                id: string;
                                /** @enum {string} */
                                kind: "golden-qa" | "attack" | "pii-leakage" | "fairness" | "robustness" | "moonshot";
                                /** @description Items taken from each dataset */
                                limit: number;
                                metric: string;
                                name: {
                                    en: string;
                                    "zh-Hant": string;
                                };
                                /** @description The score (0–100) a run needs to pass */
                                passThreshold: number;
                                promptTemplates: string[];
                                source?: {
                                    file: string;
                                    licence: string;
                                    name: string;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateway/allowlist/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's model allow-list: the only providers and models it may call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    departmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            entries: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                model: string;
                                provider: string;
                                providerId: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace a department's model allow-list (model `*`: every model of the provider) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    departmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            model: "*" | string;
                            provider: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            entries: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                model: string;
                                provider: string;
                                providerId: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateway/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenAI-compatible chat completion through the gateway (`model`: "<provider>/<model>")
         * @description For departments' own applications. The department's allow-list and quotas apply; the call is metered and audited by hashes. With `stream: true` the answer is `text/event-stream` chunks ending in `data: [DONE]`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        max_completion_tokens?: number | null;
                        max_tokens?: number | null;
                        messages: {
                            content: string | {
                                text: string;
                                /** @enum {string} */
                                type: "text";
                            }[];
                            /** @enum {string} */
                            role: "system" | "developer" | "user" | "assistant";
                        }[];
                        model: string;
                        /** @enum {number} */
                        n?: 1;
                        stream?: boolean;
                        stream_options?: {
                            include_usage?: boolean;
                        } | null;
                        temperature?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            choices: {
                                finish_reason: string;
                                index: number;
                                message: {
                                    content: string;
                                    /** @enum {string} */
                                    role: "assistant";
                                };
                            }[];
                            created: number;
                            id: string;
                            model: string;
                            /** @enum {string} */
                            object: "chat.completion";
                            usage: {
                                completion_tokens: number;
                                prompt_tokens: number;
                                total_tokens: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateway/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The models your department may call, OpenAI style (`<provider>/<model>`) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created: number;
                                id: string;
                                /** @enum {string} */
                                object: "model";
                                owned_by: string;
                            }[];
                            /** @enum {string} */
                            object: "list";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateway/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Model providers (OpenAI-compatible endpoints) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseUrl: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                hasApiKey: boolean;
                                id: string;
                                maxRetries: number;
                                models: string[];
                                name: string;
                                /** @enum {string} */
                                status: "active" | "disabled";
                                timeoutMs: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a model provider; its API key is stored encrypted and never shown again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Stored encrypted; never returned */
                        apiKey?: string | null;
                        /** Format: uri */
                        baseUrl: string;
                        maxRetries?: number;
                        models: string[];
                        name: string;
                        /** @enum {string} */
                        status?: "active" | "disabled";
                        timeoutMs?: number;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseUrl: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            hasApiKey: boolean;
                            id: string;
                            maxRetries: number;
                            models: string[];
                            name: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            timeoutMs: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateway/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model provider */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseUrl: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            hasApiKey: boolean;
                            id: string;
                            maxRetries: number;
                            models: string[];
                            name: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            timeoutMs: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a model provider and every allow-list entry naming it (metered calls stay) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            deleted: true;
                            id: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a model provider (`apiKey: null` removes its key) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Stored encrypted; never returned */
                        apiKey?: string | null;
                        /** Format: uri */
                        baseUrl?: string;
                        maxRetries?: number;
                        models?: string[];
                        /** @enum {string} */
                        status?: "active" | "disabled";
                        timeoutMs?: number;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseUrl: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            hasApiKey: boolean;
                            id: string;
                            maxRetries: number;
                            models: string[];
                            name: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            timeoutMs: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/gateway/quotas/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's model quota and its bots' quotas */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    departmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                botId: string | null;
                                departmentId: string;
                                requestsPerMinute: number | null;
                                requestsPerMonth: number | null;
                                tokensPerMinute: number | null;
                                tokensPerMonth: number | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                                updatedBy: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the model quota of a department or one of its bots (per minute: rate limits; per month: quotas) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    departmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Omit for the department-wide quota */
                        botId?: string;
                        /** @description Omitted or null: unlimited */
                        requestsPerMinute?: number | null;
                        /** @description Omitted or null: unlimited */
                        requestsPerMonth?: number | null;
                        /** @description Omitted or null: unlimited */
                        tokensPerMinute?: number | null;
                        /** @description Omitted or null: unlimited */
                        tokensPerMonth?: number | null;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            departmentId: string;
                            requestsPerMinute: number | null;
                            requestsPerMonth: number | null;
                            tokensPerMinute: number | null;
                            tokensPerMonth: number | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                            updatedBy: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the quota of a department or one of its bots (the scope becomes unlimited) */
        delete: {
            parameters: {
                query?: {
                    botId?: string;
                };
                header?: never;
                path: {
                    departmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's AI applications, filtered (platform admins: any department) */
        get: {
            parameters: {
                query?: {
                    /** @description Platform admins: one department */
                    departmentId?: string;
                    riskLevel?: "low" | "medium" | "high";
                    status?: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                    type?: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                botId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                dataSources: string[];
                                departmentId: string;
                                generative: boolean;
                                id: string;
                                /** @description From the impact assessment; null until assessed */
                                impact: ("low" | "high") | null;
                                /** @enum {string} */
                                lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                                models: {
                                    /** @description The model, e.g. `gpt-4o-mini` */
                                    model: string;
                                    /** @description Who provides the model, e.g. `openai`, `in-house` */
                                    provider: string;
                                }[];
                                name: {
                                    en: string;
                                    zhHant: string;
                                };
                                /** @description The project owner (null only for a bot registered by the CLI) */
                                ownerId: string | null;
                                personalData: boolean;
                                personalDataKinds: string[];
                                publicFacing: boolean;
                                purpose: {
                                    en: string;
                                    zhHant: string;
                                };
                                /** @description The application this one reuses */
                                reusedFrom: string | null;
                                revision: number;
                                /** @description The catalogue’s risk level; null until assessed */
                                riskLevel: ("low" | "medium" | "high") | null;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                                /** @description GenAI guideline tier; null until assessed */
                                tier: ("unacceptable" | "high" | "limited" | "low") | null;
                                /** @enum {string} */
                                type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register an AI application (a draft in the strategy stage unless another stage is named) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The LionRock bot this application is (type lionrock_bot) */
                        botId?: string;
                        dataSources?: string[];
                        /**
                         * Format: uuid
                         * @description Default: the caller's department
                         */
                        departmentId?: string;
                        /** @description It generates text, images or other content */
                        generative: boolean;
                        /**
                         * @description Default: strategy
                         * @enum {string}
                         */
                        lifecycleStage?: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                        models?: {
                            /** @description The model, e.g. `gpt-4o-mini` */
                            model: string;
                            /** @description Who provides the model, e.g. `openai`, `in-house` */
                            provider: string;
                        }[];
                        name: {
                            en: string;
                            /** @description Traditional Chinese */
                            zhHant: string;
                        };
                        /**
                         * Format: uuid
                         * @description The project owner: a user of the department
                         */
                        ownerId: string;
                        /** @description It uses personal data */
                        personalData: boolean;
                        /** @description Which kinds of personal data, e.g. `name`, `hkid`, `phone` (only when personalData) */
                        personalDataKinds?: string[];
                        /** @description Citizens or other members of the public use it */
                        publicFacing: boolean;
                        purpose: {
                            en: string;
                            /** @description Traditional Chinese */
                            zhHant: string;
                        };
                        /** @enum {string} */
                        type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An AI application as its department sees it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            dataSources: string[];
                            departmentId: string;
                            generative: boolean;
                            id: string;
                            /** @description From the impact assessment; null until assessed */
                            impact: ("low" | "high") | null;
                            /** @enum {string} */
                            lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                            models: {
                                /** @description The model, e.g. `gpt-4o-mini` */
                                model: string;
                                /** @description Who provides the model, e.g. `openai`, `in-house` */
                                provider: string;
                            }[];
                            name: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The project owner (null only for a bot registered by the CLI) */
                            ownerId: string | null;
                            personalData: boolean;
                            personalDataKinds: string[];
                            publicFacing: boolean;
                            purpose: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The application this one reuses */
                            reusedFrom: string | null;
                            revision: number;
                            /** @description The catalogue’s risk level; null until assessed */
                            riskLevel: ("low" | "medium" | "high") | null;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                            /** @description GenAI guideline tier; null until assessed */
                            tier: ("unacceptable" | "high" | "limited" | "low") | null;
                            /** @enum {string} */
                            type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One AI application of the department, every field */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An AI application as its department sees it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            dataSources: string[];
                            departmentId: string;
                            generative: boolean;
                            id: string;
                            /** @description From the impact assessment; null until assessed */
                            impact: ("low" | "high") | null;
                            /** @enum {string} */
                            lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                            models: {
                                /** @description The model, e.g. `gpt-4o-mini` */
                                model: string;
                                /** @description Who provides the model, e.g. `openai`, `in-house` */
                                provider: string;
                            }[];
                            name: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The project owner (null only for a bot registered by the CLI) */
                            ownerId: string | null;
                            personalData: boolean;
                            personalDataKinds: string[];
                            publicFacing: boolean;
                            purpose: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The application this one reuses */
                            reusedFrom: string | null;
                            revision: number;
                            /** @description The catalogue’s risk level; null until assessed */
                            riskLevel: ("low" | "medium" | "high") | null;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                            /** @description GenAI guideline tier; null until assessed */
                            tier: ("unacceptable" | "high" | "limited" | "low") | null;
                            /** @enum {string} */
                            type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change what was registered (not the status, department or bot) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataSources?: string[];
                        /** @description It generates text, images or other content */
                        generative?: boolean;
                        /**
                         * @description Default: strategy
                         * @enum {string}
                         */
                        lifecycleStage?: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                        models?: {
                            /** @description The model, e.g. `gpt-4o-mini` */
                            model: string;
                            /** @description Who provides the model, e.g. `openai`, `in-house` */
                            provider: string;
                        }[];
                        name?: {
                            en: string;
                            /** @description Traditional Chinese */
                            zhHant: string;
                        };
                        /**
                         * Format: uuid
                         * @description The project owner: a user of the department
                         */
                        ownerId?: string;
                        /** @description It uses personal data */
                        personalData?: boolean;
                        /** @description Which kinds of personal data, e.g. `name`, `hkid`, `phone` (only when personalData) */
                        personalDataKinds?: string[];
                        /** @description Citizens or other members of the public use it */
                        publicFacing?: boolean;
                        purpose?: {
                            en: string;
                            /** @description Traditional Chinese */
                            zhHant: string;
                        };
                        /** @enum {string} */
                        type?: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An AI application as its department sees it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            dataSources: string[];
                            departmentId: string;
                            generative: boolean;
                            id: string;
                            /** @description From the impact assessment; null until assessed */
                            impact: ("low" | "high") | null;
                            /** @enum {string} */
                            lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                            models: {
                                /** @description The model, e.g. `gpt-4o-mini` */
                                model: string;
                                /** @description Who provides the model, e.g. `openai`, `in-house` */
                                provider: string;
                            }[];
                            name: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The project owner (null only for a bot registered by the CLI) */
                            ownerId: string | null;
                            personalData: boolean;
                            personalDataKinds: string[];
                            publicFacing: boolean;
                            purpose: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The application this one reuses */
                            reusedFrom: string | null;
                            revision: number;
                            /** @description The catalogue’s risk level; null until assessed */
                            riskLevel: ("low" | "medium" | "high") | null;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                            /** @description GenAI guideline tier; null until assessed */
                            tier: ("unacceptable" | "high" | "limited" | "low") | null;
                            /** @enum {string} */
                            type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/governance/applications/{id}/assessment-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each stage's latest assessment (status, derivation, problems, endorsements present and missing, privacy checklist, go / no-go), open re-assessment flags and the next periodic review: what the go-live gate reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            nextReviewDue: string | null;
                            reassessmentDue: {
                                applicationId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                kind: "model_change" | "data_source" | "knowledge_source_type" | "policy_change" | "schedule" | "incident";
                                reason: string;
                            }[];
                            stages: {
                                deployment: {
                                    assessmentId: string;
                                    completedAt: string | null;
                                    derivation: {
                                        /** @enum {string} */
                                        impact: "low" | "high";
                                        oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                        /** @description The answers that produced each result, with why */
                                        reasons: unknown[];
                                        /** @enum {string} */
                                        tier: "unacceptable" | "high" | "limited" | "low";
                                    } | null;
                                    endorsements: {
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 date-time
                                         */
                                        at: string;
                                        /** @enum {string} */
                                        capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                        userId: string;
                                    }[];
                                    /** @description Q58's answer: go, no_go or escalate */
                                    goNoGo: string | null;
                                    missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    privacyChecklist: {
                                        complete: boolean;
                                        required: boolean;
                                    };
                                    problems: {
                                        code: string;
                                        field: string;
                                        message: {
                                            en: string;
                                            zhHant: string;
                                        };
                                        questionId: string;
                                        /** @enum {string} */
                                        set: "answers" | "tierAnswers" | "privacyAnswers";
                                    }[];
                                    requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    round: number;
                                    /** @enum {string} */
                                    stage: "planning" | "development" | "deployment" | "monitoring";
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "complete";
                                    templateId: string;
                                    templateVersion: string;
                                } | null;
                                development: {
                                    assessmentId: string;
                                    completedAt: string | null;
                                    derivation: {
                                        /** @enum {string} */
                                        impact: "low" | "high";
                                        oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                        /** @description The answers that produced each result, with why */
                                        reasons: unknown[];
                                        /** @enum {string} */
                                        tier: "unacceptable" | "high" | "limited" | "low";
                                    } | null;
                                    endorsements: {
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 date-time
                                         */
                                        at: string;
                                        /** @enum {string} */
                                        capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                        userId: string;
                                    }[];
                                    /** @description Q58's answer: go, no_go or escalate */
                                    goNoGo: string | null;
                                    missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    privacyChecklist: {
                                        complete: boolean;
                                        required: boolean;
                                    };
                                    problems: {
                                        code: string;
                                        field: string;
                                        message: {
                                            en: string;
                                            zhHant: string;
                                        };
                                        questionId: string;
                                        /** @enum {string} */
                                        set: "answers" | "tierAnswers" | "privacyAnswers";
                                    }[];
                                    requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    round: number;
                                    /** @enum {string} */
                                    stage: "planning" | "development" | "deployment" | "monitoring";
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "complete";
                                    templateId: string;
                                    templateVersion: string;
                                } | null;
                                monitoring: {
                                    assessmentId: string;
                                    completedAt: string | null;
                                    derivation: {
                                        /** @enum {string} */
                                        impact: "low" | "high";
                                        oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                        /** @description The answers that produced each result, with why */
                                        reasons: unknown[];
                                        /** @enum {string} */
                                        tier: "unacceptable" | "high" | "limited" | "low";
                                    } | null;
                                    endorsements: {
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 date-time
                                         */
                                        at: string;
                                        /** @enum {string} */
                                        capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                        userId: string;
                                    }[];
                                    /** @description Q58's answer: go, no_go or escalate */
                                    goNoGo: string | null;
                                    missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    privacyChecklist: {
                                        complete: boolean;
                                        required: boolean;
                                    };
                                    problems: {
                                        code: string;
                                        field: string;
                                        message: {
                                            en: string;
                                            zhHant: string;
                                        };
                                        questionId: string;
                                        /** @enum {string} */
                                        set: "answers" | "tierAnswers" | "privacyAnswers";
                                    }[];
                                    requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    round: number;
                                    /** @enum {string} */
                                    stage: "planning" | "development" | "deployment" | "monitoring";
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "complete";
                                    templateId: string;
                                    templateVersion: string;
                                } | null;
                                planning: {
                                    assessmentId: string;
                                    completedAt: string | null;
                                    derivation: {
                                        /** @enum {string} */
                                        impact: "low" | "high";
                                        oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                        /** @description The answers that produced each result, with why */
                                        reasons: unknown[];
                                        /** @enum {string} */
                                        tier: "unacceptable" | "high" | "limited" | "low";
                                    } | null;
                                    endorsements: {
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 date-time
                                         */
                                        at: string;
                                        /** @enum {string} */
                                        capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                        userId: string;
                                    }[];
                                    /** @description Q58's answer: go, no_go or escalate */
                                    goNoGo: string | null;
                                    missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    privacyChecklist: {
                                        complete: boolean;
                                        required: boolean;
                                    };
                                    problems: {
                                        code: string;
                                        field: string;
                                        message: {
                                            en: string;
                                            zhHant: string;
                                        };
                                        questionId: string;
                                        /** @enum {string} */
                                        set: "answers" | "tierAnswers" | "privacyAnswers";
                                    }[];
                                    requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                    round: number;
                                    /** @enum {string} */
                                    stage: "planning" | "development" | "deployment" | "monitoring";
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "complete";
                                    templateId: string;
                                    templateVersion: string;
                                } | null;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's assessments, by stage, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                applicationId: string;
                                completedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                /** @description Every endorsement and return, every round (returned comments kept) */
                                decisions: {
                                    /** @enum {string} */
                                    capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                    comment: string | null;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 date-time
                                     */
                                    createdAt: string;
                                    /** @enum {string} */
                                    decision: "endorse" | "return";
                                    id: string;
                                    round: number;
                                    userId: string;
                                }[];
                                departmentId: string;
                                derivation: {
                                    /** @enum {string} */
                                    impact: "low" | "high";
                                    oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                    /** @description The answers that produced each result, with why */
                                    reasons: unknown[];
                                    /** @enum {string} */
                                    tier: "unacceptable" | "high" | "limited" | "low";
                                } | null;
                                id: string;
                                missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                /** @description Who prepared or submitted it: none of them may endorse it */
                                preparers: string[];
                                /** @description The PCPD checklist: present when personal data is used */
                                privacyAnswers: {
                                    answers: {
                                        [key: string]: {
                                            justification?: string;
                                            reviewerComment?: string;
                                            value: string;
                                        };
                                    };
                                    templateId: string;
                                    templateVersion: string;
                                } | null;
                                /** @description What keeps it from submission: empty means it may be submitted */
                                problems: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zhHant: string;
                                    };
                                    questionId: string;
                                    /** @enum {string} */
                                    set: "answers" | "tierAnswers" | "privacyAnswers";
                                }[];
                                requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                                /** @description Submissions so far; endorsements belong to one round */
                                round: number;
                                /** @enum {string} */
                                stage: "planning" | "development" | "deployment" | "monitoring";
                                /** @enum {string} */
                                status: "draft" | "in_review" | "complete";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                templateId: string;
                                /** @description Every template edition it is answered on, as id@version */
                                templates: string[];
                                /** @description The edition it was made with, kept when a newer one ships */
                                templateVersion: string;
                                tierAnswers: {
                                    answers: {
                                        [key: string]: {
                                            justification?: string;
                                            reviewerComment?: string;
                                            value: string;
                                        };
                                    };
                                    templateId: string;
                                    templateVersion: string;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Start a draft assessment of the application at a stage, on the newest template editions (one open assessment per stage) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "planning" | "development" | "deployment" | "monitoring";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: {
                                    justification?: string;
                                    reviewerComment?: string;
                                    value: string;
                                };
                            };
                            applicationId: string;
                            completedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            /** @description Every endorsement and return, every round (returned comments kept) */
                            decisions: {
                                /** @enum {string} */
                                capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                comment: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @enum {string} */
                                decision: "endorse" | "return";
                                id: string;
                                round: number;
                                userId: string;
                            }[];
                            departmentId: string;
                            derivation: {
                                /** @enum {string} */
                                impact: "low" | "high";
                                oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                /** @description The answers that produced each result, with why */
                                reasons: unknown[];
                                /** @enum {string} */
                                tier: "unacceptable" | "high" | "limited" | "low";
                            } | null;
                            id: string;
                            missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Who prepared or submitted it: none of them may endorse it */
                            preparers: string[];
                            /** @description The PCPD checklist: present when personal data is used */
                            privacyAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /** @description What keeps it from submission: empty means it may be submitted */
                            problems: {
                                code: string;
                                field: string;
                                message: {
                                    en: string;
                                    zhHant: string;
                                };
                                questionId: string;
                                /** @enum {string} */
                                set: "answers" | "tierAnswers" | "privacyAnswers";
                            }[];
                            requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Submissions so far; endorsements belong to one round */
                            round: number;
                            /** @enum {string} */
                            stage: "planning" | "development" | "deployment" | "monitoring";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "complete";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            templateId: string;
                            /** @description Every template edition it is answered on, as id@version */
                            templates: string[];
                            /** @description The edition it was made with, kept when a newer one ships */
                            templateVersion: string;
                            tierAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications/{id}/go-live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the application may go live: every go-live condition with what was found and what to do
         * @description The same judgement a publication or a move to live makes (docs/governance.md, "Go-live gate"); an application of another department is 404
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The go-live gate’s verdict */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string | null;
                            /** @description The application's LionRock bot, if it is one */
                            botId: string | null;
                            /** @description The bot version judged: its latest, the one a publication would publish */
                            botVersion: number | null;
                            /** @description Every condition, met or not, in a stable order */
                            conditions: {
                                /** @description What to do to meet it (for a met condition, what keeps it met) */
                                action: {
                                    en: string;
                                    zhHant: string;
                                };
                                /** @description What the gate found */
                                detail: {
                                    en: string;
                                    zhHant: string;
                                };
                                /** @enum {string} */
                                id: "registered" | "not_suspended" | "deployment_assessment_complete" | "na_justified" | "go_decision" | "endorsements" | "tier_acceptable" | "privacy_checklist" | "evaluations_passed" | "ai_disclosure" | "human_channel" | "no_reassessment_due";
                                met: boolean;
                            }[];
                            /** @description Every condition is met: it may be published or moved to live */
                            ready: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications/{id}/reassessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an incident or another reason the application must be assessed again (the same reason twice is flagged once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "model_change" | "data_source" | "knowledge_source_type" | "policy_change" | "schedule" | "incident";
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "model_change" | "data_source" | "knowledge_source_type" | "policy_change" | "schedule" | "incident";
                            reason: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications/{id}/reuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request to reuse an application found in the catalogue (any department's): registers a new draft in the caller's department, linked to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Default: the caller's department
                         */
                        departmentId?: string;
                        /**
                         * Format: uuid
                         * @description The project owner of the new application
                         */
                        ownerId: string;
                        /** @description Default: the reused application's purpose */
                        purpose?: {
                            en: string;
                            /** @description Traditional Chinese */
                            zhHant: string;
                        };
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An AI application as its department sees it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            dataSources: string[];
                            departmentId: string;
                            generative: boolean;
                            id: string;
                            /** @description From the impact assessment; null until assessed */
                            impact: ("low" | "high") | null;
                            /** @enum {string} */
                            lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                            models: {
                                /** @description The model, e.g. `gpt-4o-mini` */
                                model: string;
                                /** @description Who provides the model, e.g. `openai`, `in-house` */
                                provider: string;
                            }[];
                            name: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The project owner (null only for a bot registered by the CLI) */
                            ownerId: string | null;
                            personalData: boolean;
                            personalDataKinds: string[];
                            publicFacing: boolean;
                            purpose: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The application this one reuses */
                            reusedFrom: string | null;
                            revision: number;
                            /** @description The catalogue’s risk level; null until assessed */
                            riskLevel: ("low" | "medium" | "high") | null;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                            /** @description GenAI guideline tier; null until assessed */
                            tier: ("unacceptable" | "high" | "limited" | "low") | null;
                            /** @enum {string} */
                            type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/applications/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the application to another status (draft → in_review → approved → testing → live → suspended → retired, and back to draft); a move the table does not allow is 409 naming both statuses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An AI application as its department sees it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            dataSources: string[];
                            departmentId: string;
                            generative: boolean;
                            id: string;
                            /** @description From the impact assessment; null until assessed */
                            impact: ("low" | "high") | null;
                            /** @enum {string} */
                            lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                            models: {
                                /** @description The model, e.g. `gpt-4o-mini` */
                                model: string;
                                /** @description Who provides the model, e.g. `openai`, `in-house` */
                                provider: string;
                            }[];
                            name: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The project owner (null only for a bot registered by the CLI) */
                            ownerId: string | null;
                            personalData: boolean;
                            personalDataKinds: string[];
                            publicFacing: boolean;
                            purpose: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The application this one reuses */
                            reusedFrom: string | null;
                            revision: number;
                            /** @description The catalogue’s risk level; null until assessed */
                            riskLevel: ("low" | "medium" | "high") | null;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                            /** @description GenAI guideline tier; null until assessed */
                            tier: ("unacceptable" | "high" | "limited" | "low") | null;
                            /** @enum {string} */
                            type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment: answers, problems, the endorsements it needs and every decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: {
                                    justification?: string;
                                    reviewerComment?: string;
                                    value: string;
                                };
                            };
                            applicationId: string;
                            completedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            /** @description Every endorsement and return, every round (returned comments kept) */
                            decisions: {
                                /** @enum {string} */
                                capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                comment: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @enum {string} */
                                decision: "endorse" | "return";
                                id: string;
                                round: number;
                                userId: string;
                            }[];
                            departmentId: string;
                            derivation: {
                                /** @enum {string} */
                                impact: "low" | "high";
                                oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                /** @description The answers that produced each result, with why */
                                reasons: unknown[];
                                /** @enum {string} */
                                tier: "unacceptable" | "high" | "limited" | "low";
                            } | null;
                            id: string;
                            missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Who prepared or submitted it: none of them may endorse it */
                            preparers: string[];
                            /** @description The PCPD checklist: present when personal data is used */
                            privacyAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /** @description What keeps it from submission: empty means it may be submitted */
                            problems: {
                                code: string;
                                field: string;
                                message: {
                                    en: string;
                                    zhHant: string;
                                };
                                questionId: string;
                                /** @enum {string} */
                                set: "answers" | "tierAnswers" | "privacyAnswers";
                            }[];
                            requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Submissions so far; endorsements belong to one round */
                            round: number;
                            /** @enum {string} */
                            stage: "planning" | "development" | "deployment" | "monitoring";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "complete";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            templateId: string;
                            /** @description Every template edition it is answered on, as id@version */
                            templates: string[];
                            /** @description The edition it was made with, kept when a newer one ships */
                            templateVersion: string;
                            tierAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save answers to a draft (partial answers are fine; an unknown question or a value the question does not take is refused) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Question id → answer; null clears it */
                        answers?: {
                            [key: string]: {
                                /** @description Why: required when the value is na */
                                justification?: string;
                                /** @description yes / no / na, go / no_go / escalate, low / medium / high, or text */
                                value: string;
                            } | null;
                        };
                        /** @description Question id → answer; null clears it */
                        privacyAnswers?: {
                            [key: string]: {
                                /** @description Why: required when the value is na */
                                justification?: string;
                                /** @description yes / no / na, go / no_go / escalate, low / medium / high, or text */
                                value: string;
                            } | null;
                        };
                        /** @description Question id → answer; null clears it */
                        tierAnswers?: {
                            [key: string]: {
                                /** @description Why: required when the value is na */
                                justification?: string;
                                /** @description yes / no / na, go / no_go / escalate, low / medium / high, or text */
                                value: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: {
                                    justification?: string;
                                    reviewerComment?: string;
                                    value: string;
                                };
                            };
                            applicationId: string;
                            completedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            /** @description Every endorsement and return, every round (returned comments kept) */
                            decisions: {
                                /** @enum {string} */
                                capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                comment: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @enum {string} */
                                decision: "endorse" | "return";
                                id: string;
                                round: number;
                                userId: string;
                            }[];
                            departmentId: string;
                            derivation: {
                                /** @enum {string} */
                                impact: "low" | "high";
                                oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                /** @description The answers that produced each result, with why */
                                reasons: unknown[];
                                /** @enum {string} */
                                tier: "unacceptable" | "high" | "limited" | "low";
                            } | null;
                            id: string;
                            missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Who prepared or submitted it: none of them may endorse it */
                            preparers: string[];
                            /** @description The PCPD checklist: present when personal data is used */
                            privacyAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /** @description What keeps it from submission: empty means it may be submitted */
                            problems: {
                                code: string;
                                field: string;
                                message: {
                                    en: string;
                                    zhHant: string;
                                };
                                questionId: string;
                                /** @enum {string} */
                                set: "answers" | "tierAnswers" | "privacyAnswers";
                            }[];
                            requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Submissions so far; endorsements belong to one round */
                            round: number;
                            /** @enum {string} */
                            stage: "planning" | "development" | "deployment" | "monitoring";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "complete";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            templateId: string;
                            /** @description Every template edition it is answered on, as id@version */
                            templates: string[];
                            /** @description The edition it was made with, kept when a newer one ships */
                            templateVersion: string;
                            tierAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/governance/assessments/{id}/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Endorse an assessment in review as project owner, assurance reviewer or IT board / CIO (never your own work) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Reviewer comments on single answers, kept on the answer */
                        answerComments?: {
                            comment: string;
                            questionId: string;
                            /**
                             * @description Default: answers (the impact assessment)
                             * @enum {string}
                             */
                            set?: "answers" | "tierAnswers" | "privacyAnswers";
                        }[];
                        /**
                         * @description Needed only when you hold more than one open capacity
                         * @enum {string}
                         */
                        capacity?: "project_owner" | "assurance_reviewer" | "it_board";
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: {
                                    justification?: string;
                                    reviewerComment?: string;
                                    value: string;
                                };
                            };
                            applicationId: string;
                            completedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            /** @description Every endorsement and return, every round (returned comments kept) */
                            decisions: {
                                /** @enum {string} */
                                capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                comment: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @enum {string} */
                                decision: "endorse" | "return";
                                id: string;
                                round: number;
                                userId: string;
                            }[];
                            departmentId: string;
                            derivation: {
                                /** @enum {string} */
                                impact: "low" | "high";
                                oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                /** @description The answers that produced each result, with why */
                                reasons: unknown[];
                                /** @enum {string} */
                                tier: "unacceptable" | "high" | "limited" | "low";
                            } | null;
                            id: string;
                            missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Who prepared or submitted it: none of them may endorse it */
                            preparers: string[];
                            /** @description The PCPD checklist: present when personal data is used */
                            privacyAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /** @description What keeps it from submission: empty means it may be submitted */
                            problems: {
                                code: string;
                                field: string;
                                message: {
                                    en: string;
                                    zhHant: string;
                                };
                                questionId: string;
                                /** @enum {string} */
                                set: "answers" | "tierAnswers" | "privacyAnswers";
                            }[];
                            requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Submissions so far; endorsements belong to one round */
                            round: number;
                            /** @enum {string} */
                            stage: "planning" | "development" | "deployment" | "monitoring";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "complete";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            templateId: string;
                            /** @description Every template edition it is answered on, as id@version */
                            templates: string[];
                            /** @description The edition it was made with, kept when a newer one ships */
                            templateVersion: string;
                            tierAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/assessments/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return an assessment in review to draft, with comments (kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Reviewer comments on single answers, kept on the answer */
                        answerComments?: {
                            comment: string;
                            questionId: string;
                            /**
                             * @description Default: answers (the impact assessment)
                             * @enum {string}
                             */
                            set?: "answers" | "tierAnswers" | "privacyAnswers";
                        }[];
                        /**
                         * @description Needed only when you hold more than one open capacity
                         * @enum {string}
                         */
                        capacity?: "project_owner" | "assurance_reviewer" | "it_board";
                        comment: string;
                    } | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: {
                                    justification?: string;
                                    reviewerComment?: string;
                                    value: string;
                                };
                            };
                            applicationId: string;
                            completedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            /** @description Every endorsement and return, every round (returned comments kept) */
                            decisions: {
                                /** @enum {string} */
                                capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                comment: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @enum {string} */
                                decision: "endorse" | "return";
                                id: string;
                                round: number;
                                userId: string;
                            }[];
                            departmentId: string;
                            derivation: {
                                /** @enum {string} */
                                impact: "low" | "high";
                                oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                /** @description The answers that produced each result, with why */
                                reasons: unknown[];
                                /** @enum {string} */
                                tier: "unacceptable" | "high" | "limited" | "low";
                            } | null;
                            id: string;
                            missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Who prepared or submitted it: none of them may endorse it */
                            preparers: string[];
                            /** @description The PCPD checklist: present when personal data is used */
                            privacyAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /** @description What keeps it from submission: empty means it may be submitted */
                            problems: {
                                code: string;
                                field: string;
                                message: {
                                    en: string;
                                    zhHant: string;
                                };
                                questionId: string;
                                /** @enum {string} */
                                set: "answers" | "tierAnswers" | "privacyAnswers";
                            }[];
                            requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Submissions so far; endorsements belong to one round */
                            round: number;
                            /** @enum {string} */
                            stage: "planning" | "development" | "deployment" | "monitoring";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "complete";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            templateId: string;
                            /** @description Every template edition it is answered on, as id@version */
                            templates: string[];
                            /** @description The edition it was made with, kept when a newer one ships */
                            templateVersion: string;
                            tierAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/assessments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for review: 422 listing each problem by question unless none remain; derives impact, tier and oversight */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: {
                                    justification?: string;
                                    reviewerComment?: string;
                                    value: string;
                                };
                            };
                            applicationId: string;
                            completedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            /** @description Every endorsement and return, every round (returned comments kept) */
                            decisions: {
                                /** @enum {string} */
                                capacity: "project_owner" | "assurance_reviewer" | "it_board";
                                comment: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @enum {string} */
                                decision: "endorse" | "return";
                                id: string;
                                round: number;
                                userId: string;
                            }[];
                            departmentId: string;
                            derivation: {
                                /** @enum {string} */
                                impact: "low" | "high";
                                oversight: ("in-the-loop" | "in-command" | "out-of-the-loop") | null;
                                /** @description The answers that produced each result, with why */
                                reasons: unknown[];
                                /** @enum {string} */
                                tier: "unacceptable" | "high" | "limited" | "low";
                            } | null;
                            id: string;
                            missingEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Who prepared or submitted it: none of them may endorse it */
                            preparers: string[];
                            /** @description The PCPD checklist: present when personal data is used */
                            privacyAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /** @description What keeps it from submission: empty means it may be submitted */
                            problems: {
                                code: string;
                                field: string;
                                message: {
                                    en: string;
                                    zhHant: string;
                                };
                                questionId: string;
                                /** @enum {string} */
                                set: "answers" | "tierAnswers" | "privacyAnswers";
                            }[];
                            requiredEndorsements: ("project_owner" | "assurance_reviewer" | "it_board")[] | null;
                            /** @description Submissions so far; endorsements belong to one round */
                            round: number;
                            /** @enum {string} */
                            stage: "planning" | "development" | "deployment" | "monitoring";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "complete";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            templateId: string;
                            /** @description Every template edition it is answered on, as id@version */
                            templates: string[];
                            /** @description The edition it was made with, kept when a newer one ships */
                            templateVersion: string;
                            tierAnswers: {
                                answers: {
                                    [key: string]: {
                                        justification?: string;
                                        reviewerComment?: string;
                                        value: string;
                                    };
                                };
                                templateId: string;
                                templateVersion: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the AI tool catalogue: every department's applications, catalogue fields only, best match first (without words: by English name) */
        get: {
            parameters: {
                query?: {
                    /** @description Any department */
                    departmentId?: string;
                    /** @description Default 20 */
                    limit?: number;
                    /** @description Words in English or Chinese (Traditional, Simplified, Cantonese); none: browse */
                    q?: string;
                    riskLevel?: "low" | "medium" | "high";
                    status?: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                    type?: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 0–1 match; null when browsing */
                                confidence: number | null;
                                /** @description What every department sees of an application in the catalogue */
                                entry: {
                                    botId: string | null;
                                    departmentId: string;
                                    generative: boolean;
                                    id: string;
                                    /** @description From the impact assessment; null until assessed */
                                    impact: ("low" | "high") | null;
                                    /** @enum {string} */
                                    lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                                    models: {
                                        /** @description The model, e.g. `gpt-4o-mini` */
                                        model: string;
                                        /** @description Who provides the model, e.g. `openai`, `in-house` */
                                        provider: string;
                                    }[];
                                    name: {
                                        en: string;
                                        zhHant: string;
                                    };
                                    personalData: boolean;
                                    publicFacing: boolean;
                                    purpose: {
                                        en: string;
                                        zhHant: string;
                                    };
                                    /** @description The application this one reuses */
                                    reusedFrom: string | null;
                                    /** @description The catalogue’s risk level; null until assessed */
                                    riskLevel: ("low" | "medium" | "high") | null;
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                                    /** @description GenAI guideline tier; null until assessed */
                                    tier: ("unacceptable" | "high" | "limited" | "low") | null;
                                    /** @enum {string} */
                                    type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 date-time
                                     */
                                    updatedAt: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One catalogue entry, any department's (catalogue fields only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description What every department sees of an application in the catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            departmentId: string;
                            generative: boolean;
                            id: string;
                            /** @description From the impact assessment; null until assessed */
                            impact: ("low" | "high") | null;
                            /** @enum {string} */
                            lifecycleStage: "strategy" | "planning" | "ecosystem" | "development" | "deployment" | "operation_monitoring";
                            models: {
                                /** @description The model, e.g. `gpt-4o-mini` */
                                model: string;
                                /** @description Who provides the model, e.g. `openai`, `in-house` */
                                provider: string;
                            }[];
                            name: {
                                en: string;
                                zhHant: string;
                            };
                            personalData: boolean;
                            publicFacing: boolean;
                            purpose: {
                                en: string;
                                zhHant: string;
                            };
                            /** @description The application this one reuses */
                            reusedFrom: string | null;
                            /** @description The catalogue’s risk level; null until assessed */
                            riskLevel: ("low" | "medium" | "high") | null;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "testing" | "live" | "suspended" | "retired";
                            /** @description GenAI guideline tier; null until assessed */
                            tier: ("unacceptable" | "high" | "limited" | "low") | null;
                            /** @enum {string} */
                            type: "lionrock_bot" | "document_assistant" | "ocr" | "predictive_analytics" | "scheduling" | "image_analysis" | "other";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The departments with applications in the catalogue (any department's: the catalogue is shared), to name and filter its entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                nameEn: string;
                                nameZh: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live applications whose periodic review is overdue (6 months for high risk, 12 otherwise) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicationId: string;
                                departmentId: string;
                                lastCompletedAt: string | null;
                                name: {
                                    en: string;
                                    zhHant: string;
                                };
                                nextReviewDue: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessments in review that still need an endorsement in a capacity the caller holds (never the caller's own work) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicationId: string;
                                assessmentId: string;
                                /** @description The still-open capacities the caller holds: more than one means they name the one they act in */
                                capacities: ("project_owner" | "assurance_reviewer" | "it_board")[];
                                departmentId: string;
                                name: {
                                    en: string;
                                    zhHant: string;
                                };
                                round: number;
                                /** @enum {string} */
                                stage: "planning" | "development" | "deployment" | "monitoring";
                                submittedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's governance policy (platform admins: name the department) */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            /** @description Suspend live applications whose periodic review is overdue */
                            suspendOverdue: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the department's governance policy: whether overdue live applications are suspended */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Platform admins: the department
                         */
                        departmentId?: string;
                        suspendOverdue: boolean;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            /** @description Suspend live applications whose periodic review is overdue */
                            suspendOverdue: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governance/templates/{templateId}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment template edition, as an assessment made with it is answered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An assessment template edition: parts, sections, questions (kind, stages, principles), principles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description?: {
                                en: string;
                                zhHant: string;
                            };
                            id: string;
                            parts: {
                                description?: {
                                    en: string;
                                    zhHant: string;
                                };
                                id: string;
                                sections: {
                                    description?: {
                                        en: string;
                                        zhHant: string;
                                    };
                                    id: string;
                                    questions: {
                                        details?: {
                                            [key: string]: string;
                                        };
                                        /** @description What a "yes" (or a rating) derives */
                                        effect?: {
                                            group?: string;
                                            /** @enum {string} */
                                            kind: "impact" | "tier" | "privacy-risk";
                                            tier?: string;
                                        };
                                        help?: {
                                            en: string;
                                            zhHant: string;
                                        };
                                        id: string;
                                        /** @enum {string} */
                                        kind: "yes_no" | "yes_no_na" | "text" | "go_no_go" | "level";
                                        number?: string;
                                        /** @description Ids of the principles it serves */
                                        principles?: string[];
                                        /** @description The stages it applies at; none: every stage */
                                        stages?: ("planning" | "development" | "deployment" | "monitoring")[];
                                        text: {
                                            en: string;
                                            zhHant: string;
                                        };
                                    }[];
                                    range?: string;
                                    title: {
                                        en: string;
                                        zhHant: string;
                                    };
                                }[];
                                title: {
                                    en: string;
                                    zhHant: string;
                                };
                            }[];
                            principles?: {
                                description?: {
                                    en: string;
                                    zhHant: string;
                                };
                                fundamental?: boolean;
                                id: string;
                                name: {
                                    en: string;
                                    zhHant: string;
                                };
                            }[];
                            source: {
                                edition?: string;
                                imported?: boolean;
                                licence?: string;
                                name: string;
                                url?: string;
                            };
                            stages?: ("planning" | "development" | "deployment" | "monitoring")[];
                            title: {
                                en: string;
                                zhHant: string;
                            };
                            version: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guard/blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List blocked domains, alphabetically (platform admins only) */
        get: {
            parameters: {
                query?: {
                    contains?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                addedBy: string;
                                createdAt: string;
                                domain: string;
                                source: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Import blocked domains (one per line); platform admins only, since the list is platform-wide */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        source: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            rejected: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guard/blocklist/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a domain from the blocklist, e.g. a false positive (platform admins only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            removed: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guard/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guard policy in force for the department (and bot), defaults included */
        get: {
            parameters: {
                query?: {
                    botId?: string;
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            effective: {
                                context?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                                input?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                                output?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                            };
                            stored: {
                                context?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                                input?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                                output?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Set a department's (or one bot's) guard policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Omit for the department-wide policy */
                        botId?: string;
                        /**
                         * Format: uuid
                         * @description Platform admins only; others always set their own department's
                         */
                        departmentId?: string;
                        policy: {
                            context?: {
                                grounding?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    minSupport?: number;
                                };
                                injection?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    threshold?: number;
                                };
                                pii?: {
                                    /** @enum {string} */
                                    action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                    minConfidence?: number;
                                    types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                };
                                urls?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    /**
                                     * @default phishing
                                     * @enum {string}
                                     */
                                    minVerdict?: "suspicious" | "phishing";
                                };
                            };
                            input?: {
                                grounding?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    minSupport?: number;
                                };
                                injection?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    threshold?: number;
                                };
                                pii?: {
                                    /** @enum {string} */
                                    action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                    minConfidence?: number;
                                    types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                };
                                urls?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    /**
                                     * @default phishing
                                     * @enum {string}
                                     */
                                    minVerdict?: "suspicious" | "phishing";
                                };
                            };
                            output?: {
                                grounding?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    minSupport?: number;
                                };
                                injection?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    threshold?: number;
                                };
                                pii?: {
                                    /** @enum {string} */
                                    action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                    minConfidence?: number;
                                    types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                };
                                urls?: {
                                    /** @enum {string} */
                                    action: "block" | "warn" | "log";
                                    /**
                                     * @default phishing
                                     * @enum {string}
                                     */
                                    minVerdict?: "suspicious" | "phishing";
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policy: {
                                context?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                                input?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                                output?: {
                                    grounding?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        minSupport?: number;
                                    };
                                    injection?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        threshold?: number;
                                    };
                                    pii?: {
                                        /** @enum {string} */
                                        action: "block" | "mask" | "pseudonymise" | "drop" | "warn" | "log";
                                        minConfidence?: number;
                                        types?: ("HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON")[];
                                    };
                                    urls?: {
                                        /** @enum {string} */
                                        action: "block" | "warn" | "log";
                                        /**
                                         * @default phishing
                                         * @enum {string}
                                         */
                                        minVerdict: "suspicious" | "phishing";
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guard/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan a text for prompt injection, personal data and phishing links
         * @description Same output as `lionrock guard scan --json`. Findings are audited without the personal data.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            injection: {
                                flagged: boolean;
                                reasons: string[];
                                score: number;
                            };
                            pii: {
                                end: number;
                                start: number;
                                /** @enum {string} */
                                type: "HKID" | "PHONE" | "PASSPORT" | "EMAIL" | "CREDIT_CARD" | "BANK_ACCOUNT" | "IP_ADDRESS" | "DATE_OF_BIRTH" | "ADDRESS" | "PERSON";
                                value: string;
                            }[];
                            urls: {
                                reasons: string[];
                                url: string;
                                /** @enum {string} */
                                verdict: "safe" | "suspicious" | "phishing" | "blocked";
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's open cases, due soonest first, a page at a time; or one state; or `overdue` (no reply by the due-by time), `mine` (assigned to you), `referred` (referred to your department, or by it: read-only) */
        get: {
            parameters: {
                query?: {
                    /** @description Cases per page */
                    limit?: number;
                    /** @description Cases to skip */
                    offset?: number;
                    /** @description A state, or a view: open (default), overdue, mine, referred */
                    status?: "submitted" | "referred" | "in_progress" | "replied" | "closed" | "open" | "overdue" | "mine";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                                 * @enum {string}
                                 */
                                access: "handle" | "read";
                                assigneeId: string | null;
                                botId: string;
                                closedAt: string | null;
                                /** @description The citizen's callback details: only for the holding department, until purged after closing */
                                contact: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                /** @description Reply due by: the holding department's SLA from opening or referral */
                                dueAt: string | null;
                                id: string;
                                language: string | null;
                                question: string;
                                reason: string;
                                reference: string;
                                /** @description Departments that referred the case on, oldest first */
                                referredFrom: string[];
                                repliedAt: string | null;
                                reply: string | null;
                                resolvedEntryId: string | null;
                                sessionId: string | null;
                                /** @enum {string} */
                                status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            }[];
                            limit: number;
                            offset: number;
                            /** @description Cases the filter selects, across all pages */
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                             * @enum {string}
                             */
                            access: "handle" | "read";
                            assigneeId: string | null;
                            botId: string;
                            closedAt: string | null;
                            /** @description The citizen's callback details: only for the holding department, until purged after closing */
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /** @description Reply due by: the holding department's SLA from opening or referral */
                            dueAt: string | null;
                            id: string;
                            language: string | null;
                            question: string;
                            reason: string;
                            reference: string;
                            /** @description Departments that referred the case on, oldest first */
                            referredFrom: string[];
                            repliedAt: string | null;
                            reply: string | null;
                            resolvedEntryId: string | null;
                            sessionId: string | null;
                            /** @enum {string} */
                            status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description An agent of the department holding the case
                         */
                        assigneeId: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                             * @enum {string}
                             */
                            access: "handle" | "read";
                            assigneeId: string | null;
                            botId: string;
                            closedAt: string | null;
                            /** @description The citizen's callback details: only for the holding department, until purged after closing */
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /** @description Reply due by: the holding department's SLA from opening or referral */
                            dueAt: string | null;
                            id: string;
                            language: string | null;
                            question: string;
                            reason: string;
                            reference: string;
                            /** @description Departments that referred the case on, oldest first */
                            referredFrom: string[];
                            repliedAt: string | null;
                            reply: string | null;
                            resolvedEntryId: string | null;
                            sessionId: string | null;
                            /** @enum {string} */
                            status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                             * @enum {string}
                             */
                            access: "handle" | "read";
                            assigneeId: string | null;
                            botId: string;
                            closedAt: string | null;
                            /** @description The citizen's callback details: only for the holding department, until purged after closing */
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /** @description Reply due by: the holding department's SLA from opening or referral */
                            dueAt: string | null;
                            id: string;
                            language: string | null;
                            question: string;
                            reason: string;
                            reference: string;
                            /** @description Departments that referred the case on, oldest first */
                            referredFrom: string[];
                            repliedAt: string | null;
                            reply: string | null;
                            resolvedEntryId: string | null;
                            sessionId: string | null;
                            /** @enum {string} */
                            status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation the case came from, in order (the citizen's turns masked as stored) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                id: string;
                                language: string | null;
                                outcome: string | null;
                                /** @enum {string} */
                                role: "user" | "assistant" | "agent";
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/refer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refer a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                             * @enum {string}
                             */
                            access: "handle" | "read";
                            assigneeId: string | null;
                            botId: string;
                            closedAt: string | null;
                            /** @description The citizen's callback details: only for the holding department, until purged after closing */
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /** @description Reply due by: the holding department's SLA from opening or referral */
                            dueAt: string | null;
                            id: string;
                            language: string | null;
                            question: string;
                            reason: string;
                            reference: string;
                            /** @description Departments that referred the case on, oldest first */
                            referredFrom: string[];
                            repliedAt: string | null;
                            reply: string | null;
                            resolvedEntryId: string | null;
                            sessionId: string | null;
                            /** @enum {string} */
                            status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The knowledge entry that answers it: its phrasing is learned */
                        entryId?: string;
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                             * @enum {string}
                             */
                            access: "handle" | "read";
                            assigneeId: string | null;
                            botId: string;
                            closedAt: string | null;
                            /** @description The citizen's callback details: only for the holding department, until purged after closing */
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /** @description Reply due by: the holding department's SLA from opening or referral */
                            dueAt: string | null;
                            id: string;
                            language: string | null;
                            question: string;
                            reason: string;
                            reference: string;
                            /** @description Departments that referred the case on, oldest first */
                            referredFrom: string[];
                            repliedAt: string | null;
                            reply: string | null;
                            resolvedEntryId: string | null;
                            sessionId: string | null;
                            /** @enum {string} */
                            status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `read`: your department referred the case and keeps sight of it, but cannot act on it
                             * @enum {string}
                             */
                            access: "handle" | "read";
                            assigneeId: string | null;
                            botId: string;
                            closedAt: string | null;
                            /** @description The citizen's callback details: only for the holding department, until purged after closing */
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /** @description Reply due by: the holding department's SLA from opening or referral */
                            dueAt: string | null;
                            id: string;
                            language: string | null;
                            question: string;
                            reason: string;
                            reference: string;
                            /** @description Departments that referred the case on, oldest first */
                            referredFrom: string[];
                            repliedAt: string | null;
                            reply: string | null;
                            resolvedEntryId: string | null;
                            sessionId: string | null;
                            /** @enum {string} */
                            status: "submitted" | "referred" | "in_progress" | "replied" | "closed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/{id}/teach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the case's question and reply into a knowledge-base entry: a draft for review, never served before approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The entry's answer; defaults to the case's reply */
                        answer?: string;
                        /** @description The entry's question; defaults to the case's question */
                        question?: string;
                    } | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "created" | "unchanged";
                            source: {
                                id: string;
                                origin: string;
                                title: string;
                            };
                            version: {
                                id: string;
                                status: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a case may be assigned to: your department's active users who work cases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                displayName: string;
                                id: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoff-cases/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a case may be referred: the other active departments (code and names only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoffs/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen checks a handoff by its reference and the check code shown when it opened (any device), or from the conversation it came from; a wrong code is the same 404 as an unknown reference */
        get: {
            parameters: {
                query?: {
                    /** @description The check code shown once when the case opened */
                    code?: string;
                    /** @description The conversation the case came from */
                    sessionId?: string;
                };
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            repliedAt: string | null;
                            reply: string | null;
                            status: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background job (imports): status, progress, result or error */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            error: string | null;
                            id: string;
                            kind: string;
                            maxAttempts: number;
                            progress: number;
                            progressNote: string | null;
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's keys (admins: the department's keys, optionally for one user) */
        get: {
            parameters: {
                query?: {
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                expiresAt: string;
                                id: string;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description Defaults to the configured key lifetime
                         */
                        expiresAt?: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Whose key; defaults to the caller. Another person's key: platform admins only; a machine account's: key:manage
                         */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            expiresAt: string;
                            id: string;
                            key: string;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            userId: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            expiresAt: string;
                            id: string;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            userId: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published knowledge (drafts are never searchable) */
        get: {
            parameters: {
                query: {
                    botId?: string;
                    departmentId?: string;
                    k?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dense: boolean;
                            hits: {
                                citationUrl: string | null;
                                confidence: number;
                                headingPath: string[];
                                id: string;
                                kind: string;
                                page: number | null;
                                question: string;
                                score: number;
                                sourceId: string;
                                sourceTitle: string;
                                text: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's knowledge sources */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                botId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                departmentId: string;
                                id: string;
                                /** @enum {string} */
                                kind: "faq" | "document" | "catalogue";
                                latestVersion: {
                                    findingsCount: number;
                                    id: string;
                                    /** @enum {string} */
                                    status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                                    version: number;
                                } | null;
                                origin: string;
                                publishedVersion: number | null;
                                title: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                                withdrawalReason: string | null;
                                withdrawalRequestedAt: string | null;
                                withdrawalRequestedBy: string | null;
                                withdrawnAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Import a file (multipart/form-data: file + departmentId, botId, title) as a draft, or queue a URL or CKAN catalogue import (JSON) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        botId?: string;
                        ckan?: {
                            /** Format: uri */
                            baseUrl: string;
                            limit?: number;
                            query?: string;
                        };
                        /** Format: uuid */
                        departmentId?: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    } | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "created" | "unchanged";
                            source: {
                                botId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                departmentId: string;
                                id: string;
                                /** @enum {string} */
                                kind: "faq" | "document" | "catalogue";
                                origin: string;
                                publishedVersion: number | null;
                                title: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                                withdrawalReason: string | null;
                                withdrawalRequestedAt: string | null;
                                withdrawalRequestedBy: string | null;
                                withdrawnAt: string | null;
                            };
                            version: {
                                contentSha256: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                editorId: string;
                                findings: unknown;
                                id: string;
                                importer: string;
                                mediaType: string;
                                overrideReason: string | null;
                                rejectReason: string | null;
                                reviewedAt: string | null;
                                reviewerId: string | null;
                                sourceId: string;
                                /** @enum {string} */
                                status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                id: string;
                                kind: string;
                                status: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A source and its versions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: {
                                botId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                createdBy: string;
                                departmentId: string;
                                id: string;
                                /** @enum {string} */
                                kind: "faq" | "document" | "catalogue";
                                origin: string;
                                publishedVersion: number | null;
                                title: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                                withdrawalReason: string | null;
                                withdrawalRequestedAt: string | null;
                                withdrawalRequestedBy: string | null;
                                withdrawnAt: string | null;
                            };
                            versions: {
                                contentSha256: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                editorId: string;
                                findings: unknown;
                                id: string;
                                importer: string;
                                mediaType: string;
                                overrideReason: string | null;
                                rejectReason: string | null;
                                reviewedAt: string | null;
                                reviewerId: string | null;
                                sourceId: string;
                                /** @enum {string} */
                                status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/sources/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Republish an earlier approved version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentSha256: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            editorId: string;
                            findings: unknown;
                            id: string;
                            importer: string;
                            mediaType: string;
                            overrideReason: string | null;
                            rejectReason: string | null;
                            reviewedAt: string | null;
                            reviewerId: string | null;
                            sourceId: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/sources/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a published source to be withdrawn (an approver other than you confirms it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            departmentId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "faq" | "document" | "catalogue";
                            origin: string;
                            publishedVersion: number | null;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                            withdrawalReason: string | null;
                            withdrawalRequestedAt: string | null;
                            withdrawalRequestedBy: string | null;
                            withdrawnAt: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/sources/{id}/withdrawal/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the source (not on your own request): its passages stop being served at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            departmentId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "faq" | "document" | "catalogue";
                            origin: string;
                            publishedVersion: number | null;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                            withdrawalReason: string | null;
                            withdrawalRequestedAt: string | null;
                            withdrawalRequestedBy: string | null;
                            withdrawnAt: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/sources/{id}/withdrawal/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a withdrawal request, with the reason; the source stays published */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            botId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            createdBy: string;
                            departmentId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "faq" | "document" | "catalogue";
                            origin: string;
                            publishedVersion: number | null;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                            withdrawalReason: string | null;
                            withdrawalRequestedAt: string | null;
                            withdrawalRequestedBy: string | null;
                            withdrawnAt: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version with its diff, the guard findings and its chunks: what an approver reviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chunks: {
                                alternateQuestions: string[];
                                citationUrl: string | null;
                                entryKey: string;
                                headingPath: string[];
                                id: string;
                                keywords: string[];
                                /** @enum {string} */
                                kind: "faq" | "passage" | "dataset";
                                language: string | null;
                                ordinal: number;
                                page: number | null;
                                question: string;
                                sha256: string;
                                text: string;
                            }[];
                            version: {
                                contentSha256: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                diff: string;
                                editorId: string;
                                findings: unknown;
                                id: string;
                                importer: string;
                                mediaType: string;
                                overrideReason: string | null;
                                rejectReason: string | null;
                                reviewedAt: string | null;
                                reviewerId: string | null;
                                sourceId: string;
                                /** @enum {string} */
                                status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                                version: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/versions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft (not your own); a draft with import findings needs override.reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Needed when the draft has import findings: publishes the draft except passages flagged as injection, which are never served */
                        override?: {
                            /** @description Why the findings do not stop publishing (audited) */
                            reason: string;
                        };
                    } | null;
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentSha256: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            editorId: string;
                            findings: unknown;
                            id: string;
                            importer: string;
                            mediaType: string;
                            overrideReason: string | null;
                            rejectReason: string | null;
                            reviewedAt: string | null;
                            reviewerId: string | null;
                            sourceId: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/versions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a draft, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentSha256: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            editorId: string;
                            findings: unknown;
                            id: string;
                            importer: string;
                            mediaType: string;
                            overrideReason: string | null;
                            rejectReason: string | null;
                            reviewedAt: string | null;
                            reviewerId: string | null;
                            sourceId: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "rejected" | "superseded" | "withdrawn";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: user, department, key and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            department: {
                                code: string;
                                corsOrigins: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @description Hours to reply to a handoff case, from opening or referral */
                                handoffSlaHours: number;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            };
                            keyId: string | null;
                            /** @description What the caller may do: the console shows only these; the server still checks each call */
                            permissions: ("department:read" | "department:create" | "department:update" | "user:read" | "user:manage" | "key:own" | "key:manage" | "audit:read" | "guard:scan" | "guard:manage" | "knowledge:read" | "knowledge:write" | "knowledge:approve" | "bot:read" | "bot:manage" | "bot:publish" | "bot:preview" | "handoff:work" | "gateway:manage" | "gateway:read" | "gateway:quota" | "gateway:call" | "usage:read" | "governance:read" | "governance:prepare" | "governance:endorse" | "evaluation:run")[];
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                displayName: string;
                                email: string | null;
                                id: string;
                                roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                                /** @enum {string} */
                                status: "active" | "disabled";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in console session: user, department, CSRF token and lifetimes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it back in the x-csrf-token header with every POST, PATCH, PUT and DELETE */
                            csrfToken: string;
                            department: {
                                code: string;
                                corsOrigins: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @description Hours to reply to a handoff case, from opening or referral */
                                handoffSlaHours: number;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            };
                            /** @description The session ends then however active it is (ISO 8601) */
                            expiresAt: string;
                            /** @description The session ends after this long without a request */
                            idleTimeoutSeconds: number;
                            /** @description What the caller may do: the console shows only these; the server still checks each call */
                            permissions: ("department:read" | "department:create" | "department:update" | "user:read" | "user:manage" | "key:own" | "key:manage" | "audit:read" | "guard:scan" | "guard:manage" | "knowledge:read" | "knowledge:write" | "knowledge:approve" | "bot:read" | "bot:manage" | "bot:publish" | "bot:preview" | "handoff:work" | "gateway:manage" | "gateway:read" | "gateway:quota" | "gateway:call" | "usage:read" | "governance:read" | "governance:prepare" | "governance:endorse" | "evaluation:run")[];
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                displayName: string;
                                email: string | null;
                                id: string;
                                roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                                /** @enum {string} */
                                status: "active" | "disabled";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Sign in to the console with an API key: sets the lr_session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        apiKey: string;
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it back in the x-csrf-token header with every POST, PATCH, PUT and DELETE */
                            csrfToken: string;
                            department: {
                                code: string;
                                corsOrigins: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                /** @description Hours to reply to a handoff case, from opening or referral */
                                handoffSlaHours: number;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            };
                            /** @description The session ends then however active it is (ISO 8601) */
                            expiresAt: string;
                            /** @description The session ends after this long without a request */
                            idleTimeoutSeconds: number;
                            /** @description What the caller may do: the console shows only these; the server still checks each call */
                            permissions: ("department:read" | "department:create" | "department:update" | "user:read" | "user:manage" | "key:own" | "key:manage" | "audit:read" | "guard:scan" | "guard:manage" | "knowledge:read" | "knowledge:write" | "knowledge:approve" | "bot:read" | "bot:manage" | "bot:publish" | "bot:preview" | "handoff:work" | "gateway:manage" | "gateway:read" | "gateway:quota" | "gateway:call" | "usage:read" | "governance:read" | "governance:prepare" | "governance:endorse" | "evaluation:run")[];
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                displayName: string;
                                email: string | null;
                                id: string;
                                roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                                /** @enum {string} */
                                status: "active" | "disabled";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sign out: ends the session and clears the cookie (204 also when none was open) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one may sign in: the organisation’s identity provider (when configured) and API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            apiKeySignIn: true;
                            oidc: {
                                loginUrl: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Model usage by department, bot, provider/model and day (Hong Kong time) */
        get: {
            parameters: {
                query?: {
                    botId?: string;
                    /** @description Platform admins: any department; others: their own only */
                    departmentId?: string;
                    /** @description Inclusive; default 30 days before `to` */
                    from?: string;
                    model?: string;
                    provider?: string;
                    /** @description Exclusive; default now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            from: string;
                            rows: {
                                avgLatencyMs: number | null;
                                botId: string | null;
                                calls: number;
                                completionTokens: number;
                                /** @description YYYY-MM-DD, Hong Kong time */
                                day: string;
                                departmentId: string;
                                errors: number;
                                model: string;
                                ok: number;
                                promptTokens: number;
                                provider: string;
                                refused: number;
                                totalTokens: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            to: string;
                            totals: {
                                calls: number;
                                completionTokens: number;
                                errors: number;
                                ok: number;
                                promptTokens: number;
                                refused: number;
                                totalTokens: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the caller's department (platform admins: any, filtered by departmentId) */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                createdAt: string;
                                departmentId: string;
                                displayName: string;
                                email: string | null;
                                id: string;
                                roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                                /** @enum {string} */
                                status: "active" | "disabled";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user or machine account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId?: string;
                        displayName: string;
                        email?: string | null;
                        roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            displayName: string;
                            email: string | null;
                            id: string;
                            roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            displayName: string;
                            email: string | null;
                            id: string;
                            roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, e-mail, roles or status (disabling stops all its keys) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        email?: string | null;
                        roles?: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                        /** @enum {string} */
                        status?: "active" | "disabled";
                    };
                };
            };
            responses: {
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            departmentId: string;
                            displayName: string;
                            email: string | null;
                            id: string;
                            roles: ("platform_admin" | "dept_admin" | "editor" | "approver" | "reviewer" | "auditor" | "agent" | "service" | "assurance_reviewer" | "it_board")[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) naming the field and reason */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A problem (RFC 9457) naming the field and reason */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenAI-compatible chat completions; `model` is a published bot id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The same as max_tokens */
                        max_completion_tokens?: number;
                        /** @description Cut the answer at about this many tokens (finish_reason `length`) */
                        max_tokens?: number;
                        messages: ({
                            content: string | ({
                                text?: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name?: string;
                            /** @enum {string} */
                            role: "system" | "user" | "assistant" | "developer" | "tool";
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description The bot id, e.g. demo-1823 */
                        model: string;
                        /** @description How many answers: LionRock gives one, so only 1 is accepted */
                        n?: number;
                        /** @description Only {"type": "text"}: answers are approved text, not JSON */
                        response_format?: {
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                        stream?: boolean;
                        /** @description Only with stream: true */
                        stream_options?: {
                            /** @description End the stream with a usage chunk */
                            include_usage?: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                        user?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description An error in OpenAI’s shape for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            choices: {
                                finish_reason: string;
                                index: number;
                                message: {
                                    content: string;
                                    /** @enum {string} */
                                    role: "assistant";
                                };
                            }[];
                            created: number;
                            id: string;
                            lionrock: {
                                citations: unknown[];
                                handoff: unknown;
                                outcome: string;
                                sessionId: string;
                            };
                            model: string;
                            /** @enum {string} */
                            object: "chat.completion";
                            usage: {
                                completion_tokens: number;
                                prompt_tokens: number;
                                total_tokens: number;
                            };
                        };
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAI-compatible model list: the published bots */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error in OpenAI’s shape for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description When the served version was published (Unix seconds) */
                                created: number;
                                /** @description The bot id: the `model` to send to /v1/chat/completions */
                                id: string;
                                /** @description The bot’s name, for a model picker */
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                object: "model";
                                /** @description The owning department’s code */
                                owned_by: string;
                            }[];
                            /** @enum {string} */
                            object: "list";
                        };
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published bot as an OpenAI model */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The bot id, e.g. demo-1823 */
                    model: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error in OpenAI’s shape for an internal or upstream failure */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description When the served version was published (Unix seconds) */
                            created: number;
                            /** @description The bot id: the `model` to send to /v1/chat/completions */
                            id: string;
                            /** @description The bot’s name, for a model picker */
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            object: "model";
                            /** @description The owning department’s code */
                            owned_by: string;
                        };
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
                /** @description An error in OpenAI’s shape (every error under /v1) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenAIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An error in OpenAI’s shape (every error under /v1) */
        OpenAIError: {
            error: {
                /** @description A stable code, e.g. model_not_found, invalid_api_key */
                code: string | null;
                /** @description Why, in the language Accept-Language asks for */
                message: string;
                /** @description The request field at fault, e.g. `model` or `messages.0.content` */
                param: string | null;
                /** @description invalid_request_error, authentication_error, permission_error, not_found_error, rate_limit_error, insufficient_quota or server_error */
                type: string;
            };
        };
        /** @description RFC 9457 problem details */
        Problem: {
            code: string;
            detail: string;
            errors: {
                code: string;
                field: string;
                message: string;
            }[];
            instance: string;
            requestId: string;
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
