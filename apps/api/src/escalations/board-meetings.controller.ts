import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type BoardMeeting, type BoardMeetingSummary, Permission } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { BoardMeetingsService } from './board-meetings.service.js';
import { AddAgendaItemDto, CreateBoardMeetingDto } from './dto/board-meeting.dto.js';

const meetingId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('The board meeting') });

@ApiTags('escalations')
@Controller('board-meetings')
export class BoardMeetingsController {
  constructor(private readonly meetings: BoardMeetingsService) {}

  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<BoardMeetingSummary[]> {
    return this.meetings.list();
  }

  @Require(Permission.PlanRead)
  @Get(':id')
  get(@Param('id', meetingId) id: string): Promise<BoardMeeting> {
    return this.meetings.get(id);
  }

  @Require(Permission.EscalationDecide)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() body: CreateBoardMeetingDto): Promise<BoardMeeting> {
    return this.meetings.create(user, body);
  }

  @Require(Permission.EscalationDecide)
  @Post(':id/agenda')
  @HttpCode(200)
  addToAgenda(@SignedInUser() user: CurrentUser, @Param('id', meetingId) id: string, @Body() body: AddAgendaItemDto): Promise<BoardMeeting> {
    return this.meetings.addToAgenda(user, id, body);
  }
}
